/**
 * Reading one Questionnaire item into the model: answer options, number
 * limits, length limits and enableWhen. Used by parseQuestionnaire only.
 */
import type { EnableCondition, EnableRule } from './enable-when.ts';
import { enableOperators } from './enable-when.ts';
import { extensionOf, isRecord, records, text } from './fhir-json.ts';
import type { Json } from './fhir-json.ts';
import type { AnswerOption, Question, QuestionBase } from './question-types.ts';
import { QuestionnaireShapeError } from './question-types.ts';

const ordinalValueExtension = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const minValueExtension = 'http://hl7.org/fhir/StructureDefinition/minValue';
const maxValueExtension = 'http://hl7.org/fhir/StructureDefinition/maxValue';
/** Tandem's worksheet extensions (apps/server/src/modules/worksheets/definitions/README.md). */
export const tandemExtension = {
  keepInView: 'http://tandem.health/fhir/StructureDefinition/keep-in-view',
  ratingChange: 'http://tandem.health/fhir/StructureDefinition/rating-change',
  optionHelp: 'http://tandem.health/fhir/StructureDefinition/option-help',
} as const;

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
  const ordinal = extensionOf(option, ordinalValueExtension);
  return typeof ordinal?.valueDecimal === 'number' ? ordinal.valueDecimal : null;
}

function optionLabel(option: Json): string {
  const coding = isRecord(option.valueCoding) ? option.valueCoding : null;
  return text(coding?.display) || text(coding?.code) || text(option.valueString);
}

export function readOptions(item: Json, linkId: string): AnswerOption[] {
  const options = records(item.answerOption).map((option) => {
    const value = optionValue(option);
    if (value === null) throw new QuestionnaireShapeError(`an answer to "${linkId}" has no value`);
    const help = text(extensionOf(option, tandemExtension.optionHelp)?.valueString);
    return { value, label: optionLabel(option) || String(value), ...(help ? { help } : {}) };
  });
  if (options.length === 0) throw new QuestionnaireShapeError(`"${linkId}" has no answers`);
  return options;
}

function limit(item: Json, url: string): number | undefined {
  const extension = extensionOf(item, url);
  const value = extension?.valueInteger ?? extension?.valueDecimal;
  return typeof value === 'number' ? value : undefined;
}

/**
 * The value an enableWhen compares with, as the form holds answers: a coding
 * becomes the number of the matching option of the question it points at.
 */
function conditionAnswer(condition: Json, target: Json | undefined): EnableCondition['answer'] {
  for (const key of ['answerBoolean', 'answerInteger', 'answerDecimal', 'answerString']) {
    const value = condition[key];
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
      return value;
    }
  }
  const coding = isRecord(condition.answerCoding) ? condition.answerCoding : null;
  if (coding) {
    const option = records(target?.answerOption).find((candidate) => {
      const own = isRecord(candidate.valueCoding) ? candidate.valueCoding : {};
      return own.code === coding.code && (!coding.system || own.system === coding.system);
    });
    const value = option ? optionValue(option) : null;
    if (value !== null) return value;
  }
  throw new QuestionnaireShapeError(`a condition on "${text(condition.question)}" has no answer`);
}

export function readEnableRule(item: Json, byLinkId: Map<string, Json>): EnableRule | null {
  const conditions = records(item.enableWhen);
  if (conditions.length === 0) return null;
  const when = conditions.map((condition) => {
    const operator = enableOperators.find((known) => known === condition.operator);
    if (!operator) {
      throw new QuestionnaireShapeError(`"${text(item.linkId)}" has an unknown condition`);
    }
    const question = text(condition.question);
    return { question, operator, answer: conditionAnswer(condition, byLinkId.get(question)) };
  });
  return { behavior: item.enableBehavior === 'all' ? 'all' : 'any', when };
}

/** Tandem's keep-in-view and rating-change marks, where the item carries them. */
function worksheetMarks(item: Json): Pick<QuestionBase, 'keepInView' | 'ratingOf'> {
  const marks: Pick<QuestionBase, 'keepInView' | 'ratingOf'> = {};
  if (extensionOf(item, tandemExtension.keepInView)?.valueBoolean === true) marks.keepInView = true;
  const change = extensionOf(item, tandemExtension.ratingChange);
  if (change) {
    const part = (url: string) =>
      text(records(change.extension).find((e) => e.url === url)?.valueString);
    if (part('before') && part('name')) {
      marks.ratingOf = { before: part('before'), name: part('name') };
    }
  }
  return marks;
}

/** A question of a supported type; null for any other type. */
export function readQuestion(item: Json, plain: QuestionBase): Question | null {
  const base = { ...plain, ...worksheetMarks(item) };
  switch (item.type) {
    case 'choice':
    case 'coding':
      return {
        ...base,
        kind: 'choice',
        options: readOptions(item, base.linkId),
        ...(item.repeats === true ? { repeats: true } : {}),
      };
    case 'integer':
    case 'decimal':
      return {
        ...base,
        kind: item.type,
        min: limit(item, minValueExtension),
        max: limit(item, maxValueExtension),
      };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'string':
    case 'text':
      return {
        ...base,
        kind: item.type,
        maxLength: typeof item.maxLength === 'number' ? item.maxLength : undefined,
      };
    default:
      return null;
  }
}
