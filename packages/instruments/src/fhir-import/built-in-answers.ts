import type { Answers, InstrumentDefinition } from '../definition/types.ts';
import { toQuestionnaire } from '../fhir-export/to-questionnaire.ts';
import { checkResponse, type CheckedResponse } from './check-response.ts';
import { isRecord } from './fhir-json.ts';
import { issue, type ImportResult } from './import-issue.ts';
import { indexQuestionnaire, type IndexedQuestionnaire } from './questionnaire-index.ts';

/** One answer read back as the instrument's own: item id, option value, and where it was. */
export interface BuiltInAnswer {
  readonly itemId: string;
  readonly linkId: string;
  /** Where the answer is in the response, e.g. `QuestionnaireResponse.item[8].answer[0]`. */
  readonly path: string;
  /** The option value printed on the form (never reversed). */
  readonly value: number;
}

// Definitions are static, so each is exported and indexed once per process,
// not once per response (a submission has a budget of a few milliseconds).
const exportedIndexes = new WeakMap<InstrumentDefinition, ImportResult<IndexedQuestionnaire>>();

/** The built-in instrument's exported Questionnaire, indexed (cached per definition). */
export function exportedIndex(
  definition: InstrumentDefinition,
): ImportResult<IndexedQuestionnaire> {
  let index = exportedIndexes.get(definition);
  if (index === undefined) {
    index = indexQuestionnaire(toQuestionnaire(definition));
    exportedIndexes.set(definition, index);
  }
  return index;
}

/**
 * The checked answers of a response to a built-in instrument's exported
 * Questionnaire, as option values by item id. The validator has matched each
 * coding to one of the exported options, whose code is the option value
 * printed on the form.
 */
export function builtInAnswers(
  definition: InstrumentDefinition,
  checked: CheckedResponse,
): ImportResult<readonly BuiltInAnswer[]> {
  const read: BuiltInAnswer[] = [];
  for (const answer of checked.answers) {
    const coding = answer.answer[answer.valueKey];
    const value = isRecord(coding) ? Number(coding.code) : Number.NaN;
    if (!Number.isFinite(value)) {
      return {
        ok: false,
        errors: [
          issue(
            'OUT_OF_RANGE',
            answer.path,
            answer.linkId,
            `the answer to "${answer.linkId}" is not a ${definition.shortTitle} option code`,
          ),
        ],
      };
    }
    read.push({ itemId: answer.linkId, linkId: answer.linkId, path: answer.path, value });
  }
  return { ok: true, value: read };
}

/**
 * Reads a QuestionnaireResponse to a built-in instrument's exported
 * Questionnaire back into the instrument's own answers (item id → option
 * value), checked exactly like an imported response, so that the built-in
 * scorer (bands, prorating, critical items) can score it. Answer-level
 * ordinals are ignored: the definition decides every score.
 *
 * @example
 * const answers = answersFromResponse(getInstrument('phq-9')!, response);
 * if (answers.ok) scoreResponse(phq9, answers.value);
 */
export function answersFromResponse(
  definition: InstrumentDefinition,
  response: unknown,
): ImportResult<Answers> {
  const index = exportedIndex(definition);
  if (!index.ok) return index;
  const checked = checkResponse(index.value, response, false);
  if (!checked.ok) return checked;
  const read = builtInAnswers(definition, checked.value);
  if (!read.ok) return read;
  return { ok: true, value: answersById(read.value) };
}

/** Answers keyed by item id, as `scoreResponse` takes them. */
export function answersById(read: readonly BuiltInAnswer[]): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const answer of read) answers[answer.itemId] = answer.value;
  return answers;
}
