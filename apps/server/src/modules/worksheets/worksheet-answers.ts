import { AppError } from '@tandem/core';
import {
  extensionUrl,
  type WorksheetItem,
  type WorksheetQuestionnaire,
} from './definitions/extensions.ts';

/** One answer as the client sends it: words, a number, the chosen option numbers, or none. */
export type AnswerInput = string | number | boolean | number[] | null;
export type StoredAnswer = string | number | number[];

/** A rating asked before and again after (an emotion's intensity): numbers only. */
export interface Rating {
  before: number;
  after: number | null;
}

export interface CheckedAnswers {
  /** Only the questions shown and answered, by linkId. */
  answers: Record<string, StoredAnswer>;
  /** The QuestionnaireResponse items, nested by group: what is sealed and stored. */
  items: ResponseItem[];
  ratings: Rating[];
}

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: (
    | { valueString: string }
    | { valueInteger: number }
    | { valueCoding: { system: string; code: string; display: string } }
  )[];
  item?: ResponseItem[];
}

const invalid = (linkId: string, message: string) =>
  new AppError('VALIDATION_FAILED', { path: `answers.${linkId}`, message });

function walk(items: readonly WorksheetItem[]): WorksheetItem[] {
  return items.flatMap((item) => [item, ...walk(item.item ?? [])]);
}

function limit(item: WorksheetItem, url: string): number | undefined {
  return item.extension?.find((e) => e.url === url)?.valueInteger;
}

/** One answer checked against its item; null when it says nothing (empty words, null). */
function checkAnswer(item: WorksheetItem, value: AnswerInput): StoredAnswer | null {
  if (value === null) return null;
  switch (item.type) {
    case 'string':
    case 'text': {
      if (typeof value !== 'string') throw invalid(item.linkId, 'Must be text.');
      const words = value.trim();
      if (item.type === 'string' && /[\r\n]/.test(words)) {
        throw invalid(item.linkId, 'Must be one line.');
      }
      if (item.maxLength !== undefined && words.length > item.maxLength) {
        throw invalid(item.linkId, `At most ${item.maxLength} characters.`);
      }
      return words === '' ? null : words;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw invalid(item.linkId, 'Must be a whole number.');
      }
      const min = limit(item, extensionUrl.minValue);
      const max = limit(item, extensionUrl.maxValue);
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        throw invalid(item.linkId, `Must be a number from ${min ?? '…'} to ${max ?? '…'}.`);
      }
      return value;
    }
    case 'choice': {
      const codes = new Set((item.answerOption ?? []).map((o) => Number(o.valueCoding.code)));
      const chosen = Array.isArray(value) ? value : [value];
      if (!item.repeats && Array.isArray(value)) throw invalid(item.linkId, 'Choose one answer.');
      if (new Set(chosen).size !== chosen.length) throw invalid(item.linkId, 'Each answer once.');
      for (const code of chosen) {
        if (typeof code !== 'number' || !codes.has(code)) {
          throw invalid(item.linkId, 'Not one of the answers offered.');
        }
      }
      if (chosen.length === 0) return null;
      return item.repeats ? (chosen as number[]) : (chosen[0] as number);
    }
    case 'group':
    case 'display':
      throw invalid(item.linkId, 'This item takes no answer.');
  }
}

function enabled(item: WorksheetItem, answers: Record<string, StoredAnswer>): boolean {
  const conditions = item.enableWhen ?? [];
  return conditions.every((condition) => {
    if (condition.operator === 'exists') {
      return Object.hasOwn(answers, condition.question) === condition.answerBoolean;
    }
    // A one-answer choice is stored as its option's number (the code).
    return answers[condition.question] === Number(condition.answerCoding.code);
  });
}

function responseAnswer(item: WorksheetItem, value: StoredAnswer): ResponseItem['answer'] {
  if (item.type === 'choice') {
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((code) => {
      const option = item.answerOption!.find((o) => Number(o.valueCoding.code) === code)!;
      return { valueCoding: option.valueCoding };
    });
  }
  return typeof value === 'number' ? [{ valueInteger: value }] : [{ valueString: String(value) }];
}

function responseItems(
  items: readonly WorksheetItem[],
  answers: Record<string, StoredAnswer>,
): ResponseItem[] {
  const out: ResponseItem[] = [];
  for (const item of items) {
    if (item.type === 'group') {
      const inner = responseItems(item.item ?? [], answers);
      if (inner.length > 0) out.push({ linkId: item.linkId, text: item.text, item: inner });
    } else if (item.type !== 'display' && Object.hasOwn(answers, item.linkId)) {
      out.push({
        linkId: item.linkId,
        text: item.text,
        answer: responseAnswer(item, answers[item.linkId]!),
      });
    }
  }
  return out;
}

/** The pairs marked with the rating-change extension, in the definition's order. */
export function ratingPairs(
  definition: WorksheetQuestionnaire,
): { before: string; after: string; name: string }[] {
  return walk(definition.item).flatMap((item) => {
    const mark = item.extension?.find((e) => e.url === extensionUrl.ratingChange);
    const part = (url: string) => mark?.extension?.find((e) => e.url === url)?.valueString;
    const before = part('before');
    const name = part('name');
    return before && name ? [{ before, after: item.linkId, name }] : [];
  });
}

/**
 * Checks a client's answers against the worksheet's definition: every key is
 * a question of it, each answer has the question's type and range, enableWhen
 * decides which questions apply (an answer to one that does not is dropped),
 * and each question that applies and is required has an answer. Throws
 * VALIDATION_FAILED naming `answers.<linkId>`; answers nothing else.
 *
 * @example checkWorksheetAnswers(thoughtRecord, { situation: 'At work', … }).ratings // [{ before: 80, after: 40 }]
 */
export function checkWorksheetAnswers(
  definition: WorksheetQuestionnaire,
  input: Readonly<Record<string, AnswerInput>>,
): CheckedAnswers {
  const questions = walk(definition.item).filter(
    (item) => item.type !== 'group' && item.type !== 'display',
  );
  const known = new Set(questions.map((item) => item.linkId));
  for (const linkId of Object.keys(input)) {
    if (!known.has(linkId)) throw invalid(linkId, 'Not a question of this worksheet.');
  }
  const given: Record<string, StoredAnswer> = {};
  for (const item of questions) {
    const value = Object.hasOwn(input, item.linkId) ? input[item.linkId]! : null;
    const checked = checkAnswer(item, value);
    if (checked !== null) given[item.linkId] = checked;
  }
  // Conditions look at answers of questions that apply, until nothing changes.
  let answers = given;
  for (let round = 0; round <= questions.length; round += 1) {
    const next: Record<string, StoredAnswer> = {};
    for (const item of questions) {
      if (Object.hasOwn(given, item.linkId) && enabled(item, answers))
        next[item.linkId] = given[item.linkId]!;
    }
    const settled = Object.keys(next).length === Object.keys(answers).length;
    answers = next;
    if (settled) break;
  }
  for (const item of questions) {
    if (item.required && enabled(item, answers) && !Object.hasOwn(answers, item.linkId)) {
      throw invalid(item.linkId, 'This question needs an answer.');
    }
  }
  const ratings = ratingPairs(definition).flatMap((pair) => {
    const before = answers[pair.before];
    const after = answers[pair.after];
    return typeof before === 'number'
      ? [{ before, after: typeof after === 'number' ? after : null }]
      : [];
  });
  return { answers, items: responseItems(definition.item, answers), ratings };
}
