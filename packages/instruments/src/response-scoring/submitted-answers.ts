// Reading a checked response's answers for scoring, beyond what the import
// validator already refused.
import type { BuiltInAnswer } from '../fhir-import/built-in-answers.ts';
import type { CheckedResponse } from '../fhir-import/check-response.ts';
import { issue, type ImportIssue, type ImportResult } from '../fhir-import/import-issue.ts';
import type { IndexedQuestionnaire } from '../fhir-import/questionnaire-index.ts';

/**
 * Answers to a recognised Questionnaire as the built-in instrument's: the
 * score of the chosen option (checked to be one of the published option
 * values when the Questionnaire was recognised) is the option value.
 * Answers to items that map to nothing were checked and are not scored.
 */
export function recognisedAnswers(
  itemByLinkId: ReadonlyMap<string, string>,
  checked: CheckedResponse,
): ImportResult<readonly BuiltInAnswer[]> {
  const read: BuiltInAnswer[] = [];
  for (const answer of checked.answers) {
    const itemId = itemByLinkId.get(answer.linkId);
    if (itemId === undefined) continue;
    if (answer.ordinal === null) {
      return {
        ok: false,
        errors: [
          issue(
            'OUT_OF_RANGE',
            answer.path,
            answer.linkId,
            `the answer to "${answer.linkId}" carries no score`,
          ),
        ],
      };
    }
    read.push({ itemId, linkId: answer.linkId, path: answer.path, value: answer.ordinal });
  }
  return { ok: true, value: read };
}

/**
 * Coded answers to items whose answer list is not in the Questionnaire (an
 * external ValueSet, or no list at all) cannot be checked against it, so a
 * submission is refused rather than stored unchecked. Free text in an
 * open-choice item is fine.
 */
export function answersWithoutList(
  index: IndexedQuestionnaire,
  checked: CheckedResponse,
): ImportIssue[] {
  const problems: ImportIssue[] = [];
  for (const answer of checked.answers) {
    const item = index.items.get(answer.linkId);
    if (item === undefined || (item.type !== 'choice' && item.type !== 'open-choice')) continue;
    if (item.options.kind === 'resolved' || answer.valueKey === 'valueString') continue;
    const why =
      item.options.kind === 'unresolved'
        ? `its answers come from ${item.options.valueSet}, which is not in the Questionnaire`
        : 'it has no answer list';
    problems.push(
      issue(
        'ANSWER_LIST_UNAVAILABLE',
        answer.path,
        answer.linkId,
        `the answer to "${answer.linkId}" cannot be checked: ${why}`,
      ),
    );
  }
  return problems;
}
