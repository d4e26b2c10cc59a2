import type { Answers, InstrumentDefinition } from '../definition/types.ts';
import { toQuestionnaire } from '../fhir-export/to-questionnaire.ts';
import { checkResponse } from './check-response.ts';
import { isRecord } from './fhir-json.ts';
import { issue, type ImportResult } from './import-issue.ts';
import { indexQuestionnaire } from './questionnaire-index.ts';

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
  const index = indexQuestionnaire(toQuestionnaire(definition));
  if (!index.ok) return index;
  const checked = checkResponse(index.value, response, false);
  if (!checked.ok) return checked;
  const answers: Record<string, number> = {};
  for (const answer of checked.value.answers) {
    // The validator has matched the coding to one of the exported options,
    // whose code is the option value printed on the form.
    const coding = answer.answer[answer.valueKey];
    const value = isRecord(coding) ? Number(coding.code) : Number.NaN;
    if (!Number.isFinite(value)) {
      return {
        ok: false,
        errors: [
          issue(
            'OUT_OF_RANGE',
            'QuestionnaireResponse',
            answer.linkId,
            `the answer to "${answer.linkId}" is not a ${definition.shortTitle} option code`,
          ),
        ],
      };
    }
    answers[answer.linkId] = value;
  }
  return { ok: true, value: answers };
}
