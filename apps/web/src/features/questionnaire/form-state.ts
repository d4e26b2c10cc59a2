import type { Question, QuestionnaireModel } from './questionnaire-model.ts';

/** The chosen value per question (linkId); a missing key or null means "not answered". */
export type Answers = Readonly<Record<string, number | null>>;

export interface Progress {
  answered: number;
  total: number;
}

function isAnswered(answers: Answers, question: Question): boolean {
  const value = answers[question.linkId];
  return value !== undefined && value !== null;
}

/**
 * Answers saved earlier (a draft) that still fit the form: unknown items and
 * values that are not one of the question's options are dropped.
 */
export function answersFromDraft(
  model: QuestionnaireModel,
  draft: Readonly<Record<string, number | null>> | null | undefined,
): Answers {
  const answers: Record<string, number> = {};
  if (!draft) return answers;
  for (const question of model.questions) {
    const value = draft[question.linkId];
    if (typeof value === 'number' && question.options.some((option) => option.value === value)) {
      answers[question.linkId] = value;
    }
  }
  return answers;
}

export function withAnswer(answers: Answers, linkId: string, value: number | null): Answers {
  return { ...answers, [linkId]: value };
}

export function progressOf(model: QuestionnaireModel, answers: Answers): Progress {
  const answered = model.questions.filter((question) => isAnswered(answers, question)).length;
  return { answered, total: model.questions.length };
}

/** Required questions still without an answer, in form order. */
export function missingRequired(model: QuestionnaireModel, answers: Answers): Question[] {
  return model.questions.filter((question) => question.required && !isAnswered(answers, question));
}

/**
 * Where "one question at a time" starts: the first question not answered yet
 * (picking up where the person left off), or the last one when all are.
 */
export function resumeIndex(model: QuestionnaireModel, answers: Answers): number {
  const index = model.questions.findIndex((question) => !isAnswered(answers, question));
  return index === -1 ? model.questions.length - 1 : index;
}

/** Whether the person may leave this question going forward (a required one needs an answer). */
export function mayLeave(question: Question, answers: Answers): boolean {
  return !question.required || isAnswered(answers, question);
}

export function isLastQuestion(model: QuestionnaireModel, index: number): boolean {
  return index >= model.questions.length - 1;
}

/** Keeps an index inside the form. */
export function clampIndex(model: QuestionnaireModel, index: number): number {
  return Math.min(Math.max(index, 0), model.questions.length - 1);
}

/**
 * The answers as they are sent: every question of the form, null where the
 * person left one out (the server decides whether the rest can be scored).
 */
export function answersToSend(
  model: QuestionnaireModel,
  answers: Answers,
): Record<string, number | null> {
  const sent: Record<string, number | null> = {};
  for (const question of model.questions) sent[question.linkId] = answers[question.linkId] ?? null;
  return sent;
}

/** The answers given so far, for a draft: only the questions with an answer. */
export function answersToSave(
  model: QuestionnaireModel,
  answers: Answers,
): Record<string, number | null> {
  const saved: Record<string, number | null> = {};
  for (const question of model.questions) {
    const value = answers[question.linkId];
    if (value !== undefined && value !== null) saved[question.linkId] = value;
  }
  return saved;
}
