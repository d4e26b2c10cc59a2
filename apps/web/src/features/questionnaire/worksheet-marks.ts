/**
 * What Tandem's worksheet extensions add to a form (see read-item.ts,
 * `tandemExtension`): answers kept in view on later steps, a rating asked
 * again with its first value beside it, and the change between the two.
 * Pure; the views and the worksheet pages use it.
 */
import { valueOf } from './form-state.ts';
import type { Answers } from './form-state.ts';
import type { Question, QuestionnaireModel } from './questionnaire-model.ts';

export interface KeptAnswer {
  linkId: string;
  /** The question's own words, e.g. "The automatic thought". */
  label: string;
  words: string;
}

/** Questions marked keep-in-view that come before `beforeLinkIds` and are answered, in form order. */
export function keptInView(
  model: QuestionnaireModel,
  answers: Answers,
  beforeLinkIds: readonly string[],
): KeptAnswer[] {
  const firstIndex = Math.min(
    ...beforeLinkIds.map((linkId) => model.questions.findIndex((q) => q.linkId === linkId)),
  );
  return model.questions.slice(0, Math.max(firstIndex, 0)).flatMap((question) => {
    if (!question.keepInView) return [];
    const value = valueOf(question, answers[question.linkId]);
    return value === null
      ? []
      : [{ linkId: question.linkId, label: question.text, words: String(value) }];
  });
}

function questionOf(model: QuestionnaireModel, linkId: string): Question | undefined {
  return model.questions.find((question) => question.linkId === linkId);
}

/** A rating asked again: what was rated and its first value, in words ("Anxious: 80 before."). */
export function ratingNote(
  model: QuestionnaireModel,
  question: Question,
  answers: Answers,
): string | undefined {
  if (!question.ratingOf) return undefined;
  const nameQuestion = questionOf(model, question.ratingOf.name);
  const beforeQuestion = questionOf(model, question.ratingOf.before);
  if (!nameQuestion || !beforeQuestion) return undefined;
  const name = valueOf(nameQuestion, answers[nameQuestion.linkId]);
  const before = valueOf(beforeQuestion, answers[beforeQuestion.linkId]);
  if (name === null || before === null) return undefined;
  return `${String(name)}: ${String(before)} before.`;
}

export interface RatingChange {
  label: string;
  before: number;
  after: number | null;
  /** after − before; negative is a drop. */
  change: number | null;
}

/** Each rating asked again, with its change, for the answers given (before is answered). */
export function ratingChanges(model: QuestionnaireModel, answers: Answers): RatingChange[] {
  return model.questions.flatMap((question) => {
    if (!question.ratingOf) return [];
    const nameQuestion = questionOf(model, question.ratingOf.name);
    const beforeQuestion = questionOf(model, question.ratingOf.before);
    if (!nameQuestion || !beforeQuestion) return [];
    const name = valueOf(nameQuestion, answers[nameQuestion.linkId]);
    const before = valueOf(beforeQuestion, answers[beforeQuestion.linkId]);
    const after = valueOf(question, answers[question.linkId]);
    if (typeof before !== 'number') return [];
    const afterNumber = typeof after === 'number' ? after : null;
    return [
      {
        label: typeof name === 'string' ? name : question.text,
        before,
        after: afterNumber,
        change: afterNumber === null ? null : afterNumber - before,
      },
    ];
  });
}

/** A change in plain words: "down 40", "up 5", "no change". */
export function changeInWords(change: number | null): string {
  if (change === null) return 'not rated again';
  if (change === 0) return 'no change';
  return change < 0 ? `down ${-change}` : `up ${change}`;
}

export interface FormPage {
  linkId: string;
  title: string;
  questions: Question[];
}

/** The shown questions by step (their top-level page group), in form order. */
export function pagesOf(shown: readonly Question[]): FormPage[] {
  const pages: FormPage[] = [];
  for (const question of shown) {
    const group = question.groups[0];
    const linkId = group?.linkId ?? '';
    const last = pages.at(-1);
    if (last && last.linkId === linkId) last.questions.push(question);
    else pages.push({ linkId, title: group?.text ?? '', questions: [question] });
  }
  return pages;
}
