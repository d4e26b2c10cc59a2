import { checkAnswerValue } from './answer-value.ts';
import { arrayAt, isRecord, stringAt, type JsonRecord } from './fhir-json.ts';
import { issue, type ImportIssue, type ImportResult } from './import-issue.ts';
import type { IndexedQuestionnaire } from './questionnaire-index.ts';

export interface AcceptedAnswer {
  readonly linkId: string;
  /** Where the answer is, e.g. `QuestionnaireResponse.item[8].answer[0]`. */
  readonly path: string;
  readonly answer: JsonRecord;
  readonly valueKey: string;
  readonly ordinal: number | null;
  readonly ordinalFrom: 'answer' | 'option' | null;
}

/** An answer stored on a calculated item: reported, never used. */
export interface StoredCalculatedAnswer {
  readonly linkId: string;
  readonly value: unknown;
}

export interface CheckedResponse {
  readonly answers: readonly AcceptedAnswer[];
  readonly storedCalculated: readonly StoredCalculatedAnswer[];
  readonly answeredLinkIds: ReadonlySet<string>;
  /** QuestionnaireResponse items by linkId (several when a group repeats). */
  readonly itemsByLinkId: ReadonlyMap<string, readonly JsonRecord[]>;
}

/**
 * Walks a QuestionnaireResponse against an indexed Questionnaire and collects
 * every problem, each naming its item: unknown or misplaced linkIds, an
 * item given twice in one list (only a repeating group may be), wrong answer
 * types, values out of range or not among the options, too many answers. Answers on calculated items are set aside, unchecked: scores are
 * recomputed, never read from a stored total.
 */
export function checkResponse(
  index: IndexedQuestionnaire,
  response: unknown,
  honourAnswerOrdinals: boolean,
): ImportResult<CheckedResponse> {
  if (!isRecord(response) || response.resourceType !== 'QuestionnaireResponse') {
    return {
      ok: false,
      errors: [
        issue(
          'INVALID_RESPONSE',
          'QuestionnaireResponse',
          null,
          'not a FHIR QuestionnaireResponse',
        ),
      ],
    };
  }
  const issues: ImportIssue[] = [];
  const answers: AcceptedAnswer[] = [];
  const storedCalculated: StoredCalculatedAnswer[] = [];
  const answeredLinkIds = new Set<string>();
  const itemsByLinkId = new Map<string, JsonRecord[]>();

  const walk = (container: JsonRecord, path: string, parent: string | null): void => {
    const list = arrayAt(container, 'item');
    if (list === null) {
      issues.push(issue('INVALID_RESPONSE', `${path}.item`, parent, 'item is not a list'));
      return;
    }
    // A second entry for a question would be read as a second answer (the last
    // one winning), so a risk item answered 2 and then 0 would raise no alert.
    const seen = new Set<string>();
    list.forEach((entry, position) => {
      const itemPath = `${path}.item[${position}]`;
      const linkId = isRecord(entry) ? stringAt(entry, 'linkId') : undefined;
      if (!isRecord(entry) || linkId === undefined) {
        issues.push(issue('INVALID_RESPONSE', itemPath, null, 'item has no linkId'));
        return;
      }
      const item = index.items.get(linkId);
      if (!item) {
        issues.push(
          issue('UNKNOWN_LINK_ID', itemPath, linkId, `the Questionnaire has no item "${linkId}"`),
        );
        return;
      }
      if (item.parent !== parent) {
        const where = item.parent === null ? 'at the top level' : `under "${item.parent}"`;
        issues.push(issue('MISPLACED_ITEM', itemPath, linkId, `"${linkId}" belongs ${where}`));
        return;
      }
      if (seen.has(linkId) && !(item.type === 'group' && item.repeats)) {
        issues.push(
          issue(
            'DUPLICATE_LINK_ID',
            itemPath,
            linkId,
            `"${linkId}" is given twice; put every answer to it in one item`,
          ),
        );
        return;
      }
      seen.add(linkId);
      itemsByLinkId.set(linkId, [...(itemsByLinkId.get(linkId) ?? []), entry]);
      const given = arrayAt(entry, 'answer');
      if (given === null) {
        issues.push(
          issue('INVALID_RESPONSE', `${itemPath}.answer`, linkId, 'answer is not a list'),
        );
        return;
      }
      if (item.calculated) {
        for (const answer of given.filter(isRecord)) {
          storedCalculated.push({
            linkId,
            value: Object.entries(answer).find(([key]) => key.startsWith('value'))?.[1],
          });
        }
      } else {
        if (given.length > 1 && !item.repeats) {
          issues.push(
            issue(
              'TOO_MANY_ANSWERS',
              `${itemPath}.answer`,
              linkId,
              `"${linkId}" takes one answer, got ${given.length}`,
            ),
          );
        }
        given.forEach((answer, answerIndex) => {
          const answerPath = `${itemPath}.answer[${answerIndex}]`;
          if (!isRecord(answer)) {
            issues.push(issue('INVALID_RESPONSE', answerPath, linkId, 'answer is not an object'));
            return;
          }
          const checked = checkAnswerValue(item, answer, answerPath, honourAnswerOrdinals);
          if ('code' in checked) {
            issues.push(checked);
            return;
          }
          answeredLinkIds.add(linkId);
          answers.push({ linkId, path: answerPath, answer, ...checked });
          walk(answer, answerPath, linkId);
        });
      }
      walk(entry, itemPath, linkId);
    });
  };
  walk(response, 'QuestionnaireResponse', null);

  if (issues.length > 0) return { ok: false, errors: issues };
  return { ok: true, value: { answers, storedCalculated, answeredLinkIds, itemsByLinkId } };
}
