import { rulesHold } from './enable-when.ts';
import { readNumber } from './number-answer.ts';
import type { Question, QuestionnaireModel } from './questionnaire-model.ts';

/** What a form holds for one question: an option's number, a number, yes/no, or words. */
export type AnswerValue = number | boolean | string | readonly number[] | null;

/**
 * The answer per question (linkId); a missing key or null means "not answered".
 * A number question holds what was typed (a string) until it is sent or saved.
 */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface Progress {
  answered: number;
  total: number;
}

/**
 * The answer as it is sent: a number question's typing read as a number
 * (null when empty or not a number the question accepts), words trimmed,
 * anything of the wrong type dropped.
 */
export function valueOf(question: Question, value: AnswerValue | undefined): AnswerValue {
  if (value === undefined || value === null) return null;
  switch (question.kind) {
    case 'choice': {
      const offered = (chosen: unknown) => question.options.some((o) => o.value === chosen);
      if (question.repeats) {
        // Every option chosen, in the form's order; none chosen is no answer.
        const list = Array.isArray(value) ? value : [value];
        const kept = question.options.map((o) => o.value).filter((v) => list.includes(v));
        return kept.length > 0 ? kept : null;
      }
      return !Array.isArray(value) && offered(value) ? value : null;
    }
    case 'integer':
    case 'decimal': {
      if (typeof value !== 'string' && typeof value !== 'number') return null;
      const reading = readNumber(value, question);
      return reading.kind === 'number' ? reading.value : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'string':
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }
}

/** A number question with typing that is not a number it accepts. */
export function problemOf(question: Question, value: AnswerValue | undefined): string | undefined {
  if (question.kind !== 'integer' && question.kind !== 'decimal') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const reading = readNumber(value, question);
  return reading.kind === 'problem' ? reading.message : undefined;
}

function isAnswered(answers: Answers, question: Question): boolean {
  return valueOf(question, answers[question.linkId]) !== null;
}

/**
 * The questions shown for these answers, in form order: enableWhen decides,
 * and an answer to a question not shown counts as no answer (repeated until
 * nothing changes, so a chain of conditions settles).
 */
export function visibleQuestions(model: QuestionnaireModel, answers: Answers): Question[] {
  let shown = model.questions;
  for (let round = 0; round <= model.questions.length; round += 1) {
    const values: Record<string, AnswerValue> = {};
    for (const question of shown)
      values[question.linkId] = valueOf(question, answers[question.linkId]);
    const next = model.questions.filter((question) => rulesHold(question.enable, values));
    if (next.length === shown.length && next.every((question, i) => question === shown[i])) break;
    shown = next;
  }
  return shown;
}

/** Shown and answerable (not read-only): what progress and "required" are about. */
function answerableQuestions(model: QuestionnaireModel, answers: Answers): Question[] {
  return visibleQuestions(model, answers).filter((question) => !question.readOnly);
}

/**
 * Answers saved earlier (a draft) that still fit the form: unknown items and
 * values of the wrong type (or not one of a choice's options) are dropped.
 */
export function answersFromDraft(
  model: QuestionnaireModel,
  draft: Readonly<Record<string, unknown>> | null | undefined,
): Answers {
  const answers: Record<string, AnswerValue> = {};
  if (!draft) return answers;
  for (const question of model.questions) {
    const saved = draft[question.linkId];
    const numbers = Array.isArray(saved) && saved.every((v) => typeof v === 'number');
    const fits = numbers || ['number', 'boolean', 'string'].includes(typeof saved);
    const value = fits ? valueOf(question, saved as AnswerValue) : null;
    if (value !== null) answers[question.linkId] = value;
  }
  return answers;
}

export function withAnswer(answers: Answers, linkId: string, value: AnswerValue): Answers {
  return { ...answers, [linkId]: value };
}

export function progressOf(model: QuestionnaireModel, answers: Answers): Progress {
  const questions = answerableQuestions(model, answers);
  const answered = questions.filter((question) => isAnswered(answers, question)).length;
  return { answered, total: questions.length };
}

/** Shown questions that stop the person going on: required without an answer, or a number not accepted. */
export function missingRequired(model: QuestionnaireModel, answers: Answers): Question[] {
  return answerableQuestions(model, answers).filter((question) => !mayLeave(question, answers));
}

/**
 * Where "one question at a time" starts (an index into the shown questions):
 * the first question not answered yet, or the last one when all are.
 */
export function resumeIndex(model: QuestionnaireModel, answers: Answers): number {
  const shown = visibleQuestions(model, answers);
  const index = shown.findIndex((question) => !question.readOnly && !isAnswered(answers, question));
  return index === -1 ? shown.length - 1 : index;
}

/** Whether the person may leave this question going forward. */
export function mayLeave(question: Question, answers: Answers): boolean {
  if (question.readOnly) return true;
  if (problemOf(question, answers[question.linkId]) !== undefined) return false;
  return !question.required || isAnswered(answers, question);
}

export function isLastQuestion(
  model: QuestionnaireModel,
  index: number,
  answers: Answers = {},
): boolean {
  return index >= visibleQuestions(model, answers).length - 1;
}

/** Keeps an index inside the shown questions. */
export function clampIndex(
  model: QuestionnaireModel,
  index: number,
  answers: Answers = {},
): number {
  return Math.min(Math.max(index, 0), visibleQuestions(model, answers).length - 1);
}

/**
 * The answers as they are sent: every question of the form, null where the
 * person left one out or it is not shown (the server decides whether the
 * rest can be scored; a QuestionnaireResponse leaves the nulls out).
 */
export function answersToSend(
  model: QuestionnaireModel,
  answers: Answers,
): Record<string, AnswerValue> {
  const shown = new Set(answerableQuestions(model, answers));
  const sent: Record<string, AnswerValue> = {};
  for (const question of model.questions) {
    sent[question.linkId] = shown.has(question)
      ? valueOf(question, answers[question.linkId])
      : null;
  }
  return sent;
}

/** The answers given so far, for a draft: only shown questions with an answer. */
export function answersToSave(
  model: QuestionnaireModel,
  answers: Answers,
): Record<string, AnswerValue> {
  const saved: Record<string, AnswerValue> = {};
  for (const question of answerableQuestions(model, answers)) {
    const value = valueOf(question, answers[question.linkId]);
    if (value !== null) saved[question.linkId] = value;
  }
  return saved;
}

/**
 * The single-value answers only: what the measure draft endpoint keeps (a
 * repeating choice's list is not kept in a measure's draft).
 */
export function singleAnswers(
  answers: Readonly<Record<string, AnswerValue>>,
): Record<string, number | boolean | string | null> {
  const single: Record<string, number | boolean | string | null> = {};
  for (const [linkId, value] of Object.entries(answers)) {
    if (!Array.isArray(value)) single[linkId] = value as number | boolean | string | null;
  }
  return single;
}

/**
 * Only the numeric answers (choices and numbers): what a library measure
 * sends, and what the draft endpoint accepts until it takes every type.
 */
export function numericAnswers(
  answers: Readonly<Record<string, AnswerValue>>,
): Record<string, number | null> {
  const numbers: Record<string, number | null> = {};
  for (const [linkId, value] of Object.entries(answers)) {
    numbers[linkId] = typeof value === 'number' ? value : null;
  }
  return numbers;
}
