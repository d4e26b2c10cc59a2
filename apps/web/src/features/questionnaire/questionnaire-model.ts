/**
 * The part of a FHIR R4 Questionnaire the renderer shows, read from the JSON
 * the server sends (GET /api/instruments/:id/questionnaire, made by
 * packages/instruments/src/fhir-export/to-questionnaire.ts). Nothing here is
 * specific to one measure: display items become the text around questions,
 * choice items become questions with numbered answer options, hidden and
 * calculated items (the scores) are left out; the server scores.
 */

/** One answer option: the number written beside it on the published form, and its words. */
export interface AnswerOption {
  value: number;
  label: string;
}

export interface ChoiceQuestion {
  kind: 'choice';
  linkId: string;
  text: string;
  required: boolean;
  options: AnswerOption[];
  /** Display items between the previous question and this one, shown with it. */
  context: string[];
}

/** What can be answered; new item types (free text for worksheets) join this union. */
export type Question = ChoiceQuestion;

export interface QuestionnaireModel {
  id: string;
  title: string;
  /** Display items before the first question (the stem): shown above every question. */
  intro: string[];
  questions: Question[];
  /** Display items after the last question. */
  outro: string[];
}

export class QuestionnaireShapeError extends Error {
  constructor(detail: string) {
    super(`This form cannot be shown: ${detail}`);
    this.name = 'QuestionnaireShapeError';
  }
}

const hiddenExtension = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
const ordinalValueExtension = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isHidden(item: Json): boolean {
  if (item.readOnly === true) return true;
  return records(item.extension).some(
    (extension) => extension.url === hiddenExtension && extension.valueBoolean === true,
  );
}

/**
 * The number an option stands for: its code when the code is a number (Tandem's
 * option-value codes are the published numbers), else a valueInteger, else the
 * ordinalValue extension.
 */
function optionValue(option: Json): number | null {
  const coding = isRecord(option.valueCoding) ? option.valueCoding : null;
  const code = coding ? text(coding.code) : '';
  if (/^-?\d+(\.\d+)?$/.test(code)) return Number(code);
  if (typeof option.valueInteger === 'number') return option.valueInteger;
  const ordinal = records(option.extension).find((e) => e.url === ordinalValueExtension);
  return typeof ordinal?.valueDecimal === 'number' ? ordinal.valueDecimal : null;
}

function optionLabel(option: Json): string {
  const coding = isRecord(option.valueCoding) ? option.valueCoding : null;
  return text(coding?.display) || text(coding?.code) || text(option.valueString);
}

function choiceQuestion(item: Json, linkId: string, context: string[]): ChoiceQuestion {
  const options = records(item.answerOption).map((option) => {
    const value = optionValue(option);
    if (value === null) throw new QuestionnaireShapeError(`an answer to "${linkId}" has no value`);
    return { value, label: optionLabel(option) || String(value) };
  });
  if (options.length === 0) throw new QuestionnaireShapeError(`"${linkId}" has no answers`);
  return {
    kind: 'choice',
    linkId,
    text: text(item.text),
    required: item.required === true,
    options,
    context,
  };
}

/** Items in reading order, groups opened up (their own text becomes context). */
function flatten(items: Json[]): Json[] {
  return items.flatMap((item) =>
    item.type === 'group'
      ? [
          ...(text(item.text) ? [{ type: 'display', linkId: item.linkId, text: item.text }] : []),
          ...flatten(records(item.item)),
        ]
      : [item],
  );
}

/**
 * Reads a Questionnaire resource into the renderer's model.
 *
 * @example parseQuestionnaire(phq9Json).questions.length // 10 (nine scored items and the difficulty item)
 */
export function parseQuestionnaire(resource: unknown): QuestionnaireModel {
  if (!isRecord(resource) || resource.resourceType !== 'Questionnaire') {
    throw new QuestionnaireShapeError('it is not a Questionnaire');
  }
  const intro: string[] = [];
  const questions: Question[] = [];
  let pending: string[] = [];
  for (const item of flatten(records(resource.item))) {
    if (isHidden(item)) continue;
    const linkId = text(item.linkId);
    if (item.type === 'display') {
      const words = text(item.text);
      if (words === '') continue;
      if (questions.length === 0) intro.push(words);
      else pending.push(words);
      continue;
    }
    if (item.type !== 'choice') {
      throw new QuestionnaireShapeError(`"${linkId}" is a ${text(item.type)} question`);
    }
    questions.push(choiceQuestion(item, linkId, pending));
    pending = [];
  }
  if (questions.length === 0) throw new QuestionnaireShapeError('it has no questions');
  return {
    id: text(resource.id),
    title: text(resource.title) || text(resource.name),
    intro,
    questions,
    outro: pending,
  };
}
