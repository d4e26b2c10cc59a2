/**
 * Answers to a practice instrument (an imported Questionnaire, `practice:<id>`)
 * travel as QuestionnaireResponse items, nested as the Questionnaire's groups
 * are, so the server can check each against exactly the version answered.
 * Built-in measures keep sending `answers` by item id.
 */
export function isPracticeInstrument(instrumentId: string): boolean {
  return instrumentId.startsWith('practice:');
}

/** What a form holds for one question: an option's number, a number, yes/no, or words. */
export type FormValue = number | boolean | string | readonly number[] | null | undefined;

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

/** The answer value types a practice instrument's form sends (what the server accepts). */
export type AnswerValue =
  | { valueCoding: Coding }
  | { valueInteger: number }
  | { valueDecimal: number }
  | { valueBoolean: boolean }
  | { valueString: string };

export interface ResponseItem {
  linkId: string;
  answer?: AnswerValue[];
  item?: ResponseItem[];
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const ordinalValueUrl = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** The number an option stands for, read as the form reads it (code, valueInteger, ordinalValue). */
function optionNumber(option: Json): number | null {
  const code = isRecord(option.valueCoding) ? option.valueCoding.code : undefined;
  if (typeof code === 'string' && /^-?\d+(\.\d+)?$/.test(code)) return Number(code);
  if (typeof option.valueInteger === 'number') return option.valueInteger;
  const ordinal = records(option.extension).find((e) => e.url === ordinalValueUrl);
  return typeof ordinal?.valueDecimal === 'number' ? ordinal.valueDecimal : null;
}

/** The option's coding as sent: its system, code and display, nothing else. */
function codingOf(coding: Json): Coding {
  const picked: Coding = {};
  for (const key of ['system', 'code', 'display'] as const) {
    const part = coding[key];
    if (typeof part === 'string') picked[key] = part;
  }
  return picked;
}

function answerFor(item: Json, value: FormValue): AnswerValue | null {
  if (value === null || value === undefined || value === '') return null;
  switch (item.type) {
    case 'choice':
    case 'coding': {
      const option = records(item.answerOption).find((o) =>
        typeof value === 'number' ? optionNumber(o) === value : false,
      );
      return option && isRecord(option.valueCoding)
        ? { valueCoding: codingOf(option.valueCoding) }
        : null;
    }
    case 'integer':
      return typeof value === 'number' ? { valueInteger: value } : null;
    case 'decimal':
      return typeof value === 'number' ? { valueDecimal: value } : null;
    case 'boolean':
      return typeof value === 'boolean' ? { valueBoolean: value } : null;
    case 'string':
    case 'text':
      return typeof value === 'string' ? { valueString: value } : null;
    default:
      return null;
  }
}

/**
 * The QuestionnaireResponse items for a form's answers (by linkId): groups
 * kept, unanswered questions and empty groups left out, as FHIR expects.
 *
 * @example toResponseItems(q, { bad: 3 }) // [{ linkId: 'nights', item: [{ linkId: 'bad', answer: [{ valueInteger: 3 }] }] }]
 */
export function toResponseItems(
  questionnaire: unknown,
  answers: Readonly<Record<string, FormValue>>,
): ResponseItem[] {
  const build = (items: Json[]): ResponseItem[] =>
    items.flatMap((item): ResponseItem[] => {
      const linkId = typeof item.linkId === 'string' ? item.linkId : '';
      if (item.type === 'group') {
        const inner = build(records(item.item));
        return inner.length > 0 ? [{ linkId, item: inner }] : [];
      }
      const value = answers[linkId];
      // A repeating choice holds every option chosen: one answer each.
      const given = Array.isArray(value) ? (value as readonly number[]) : [value];
      const answer = given.flatMap((one) => answerFor(item, one) ?? []);
      return answer.length > 0 ? [{ linkId, answer }] : [];
    });
  return build(isRecord(questionnaire) ? records(questionnaire.item) : []);
}
