/**
 * The part of a FHIR R4 Questionnaire the renderer shows, read from the JSON
 * the server sends (a library measure, or a practice's own imported form).
 * Nothing here is specific to one measure: display items become the text
 * around questions, groups are kept as the questions' enclosing groups,
 * hidden and calculated items (the scores) are left out; the server scores.
 */
import { extensionOf, isRecord, records, text } from './fhir-json.ts';
import type { Json } from './fhir-json.ts';
import { readEnableRule, readQuestion } from './read-item.ts';

export {
  QuestionnaireShapeError,
  type AnswerOption,
  type BooleanQuestion,
  type ChoiceQuestion,
  type NumberQuestion,
  type Question,
  type QuestionBase,
  type QuestionGroup,
  type QuestionnaireModel,
  type TextQuestion,
} from './question-types.ts';
import type { EnableRule } from './enable-when.ts';
import type { Question, QuestionGroup, QuestionnaireModel } from './question-types.ts';
import { QuestionnaireShapeError } from './question-types.ts';

const hiddenExtension = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
const calculatedExtension =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
const itemControlExtension = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const answerable = new Set(['choice', 'coding', 'integer', 'decimal', 'boolean', 'string', 'text']);

/** SDC itemControl `page`: the group is one page (a step) of the form. */
function isPage(item: Json): boolean {
  const control = extensionOf(item, itemControlExtension)?.valueCodeableConcept;
  return records(isRecord(control) ? control.coding : undefined).some((c) => c.code === 'page');
}

/** Hidden items and calculated read-only items (scores) are the server's business. */
function isLeftOut(item: Json): boolean {
  if (extensionOf(item, hiddenExtension)?.valueBoolean === true) return true;
  return item.readOnly === true && extensionOf(item, calculatedExtension) !== undefined;
}

function walk(items: Json[]): Json[] {
  return items.flatMap((item) => [item, ...walk(records(item.item))]);
}

/**
 * Items this renderer cannot show (attachment, reference, date, time, url,
 * quantity, open-choice, …), as "linkId (type)"; empty when all can be shown.
 *
 * @example unsupportedItems({ resourceType: 'Questionnaire', item: [{ linkId: 'd', type: 'date' }] }) // ['d (date)']
 */
export function unsupportedItems(resource: unknown): string[] {
  const items = isRecord(resource) ? walk(records(resource.item)) : [];
  return items
    .filter((item) => item.type !== 'group' && item.type !== 'display')
    .filter((item) => !answerable.has(text(item.type)) && !isLeftOut(item))
    .map((item) => `${text(item.linkId)} (${text(item.type)})`);
}

/**
 * Reads a Questionnaire resource into the renderer's model; a form with items
 * it cannot show is refused with QuestionnaireShapeError, never shown in part.
 *
 * @example parseQuestionnaire(phq9Json).questions.length // 10 (nine scored items and the difficulty item)
 */
export function parseQuestionnaire(resource: unknown): QuestionnaireModel {
  if (!isRecord(resource) || resource.resourceType !== 'Questionnaire') {
    throw new QuestionnaireShapeError('it is not a Questionnaire');
  }
  const unsupported = unsupportedItems(resource);
  if (unsupported.length > 0) {
    const list = unsupported.map((entry) =>
      entry.replace(
        /^(.*) \((.*)\)$/,
        (_, linkId: string, type: string) =>
          `"${linkId}" is ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} question`,
      ),
    );
    throw new QuestionnaireShapeError(list.join('; '));
  }
  const byLinkId = new Map(walk(records(resource.item)).map((item) => [text(item.linkId), item]));
  const intro: string[] = [];
  const questions: Question[] = [];
  let pending: string[] = [];

  function visit(items: Json[], groups: QuestionGroup[], enable: EnableRule[]) {
    for (const item of items) {
      if (isLeftOut(item)) continue;
      const linkId = text(item.linkId);
      const rule = readEnableRule(item, byLinkId);
      const rules = rule ? [...enable, rule] : enable;
      if (item.type === 'group') {
        const page = groups.length === 0 && isPage(item);
        visit(
          records(item.item),
          [...groups, { linkId, text: text(item.text), ...(page ? { page } : {}) }],
          rules,
        );
        continue;
      }
      if (item.type === 'display') {
        const words = text(item.text);
        // Words inside a step belong to that step, never to the stem shown on every one.
        const stem = questions.length === 0 && groups[0]?.page !== true;
        if (words !== '') (stem ? intro : pending).push(words);
        continue;
      }
      const base = {
        linkId,
        text: text(item.text),
        required: item.required === true,
        readOnly: item.readOnly === true,
        context: pending,
        groups,
        enable: rules,
      };
      const question = readQuestion(item, base);
      if (question) {
        questions.push(question);
        pending = [];
      }
    }
  }

  visit(records(resource.item), [], []);
  if (questions.length === 0) throw new QuestionnaireShapeError('it has no questions');
  const topLevel = records(resource.item).filter((item) => !isLeftOut(item));
  const paged =
    topLevel.length > 0 && topLevel.every((item) => item.type === 'group' && isPage(item));
  return {
    ...(paged ? { paged } : {}),
    id: text(resource.id),
    title: text(resource.title) || text(resource.name),
    intro,
    questions,
    outro: pending,
  };
}
