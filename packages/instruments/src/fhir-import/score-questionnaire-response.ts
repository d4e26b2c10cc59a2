import { checkResponse, type CheckedResponse } from './check-response.ts';
import {
  evaluateCalculated,
  type CalculatedValue,
  type ExpressionCache,
} from './evaluate-expressions.ts';
import { cleanSum, isRecord, type JsonRecord } from './fhir-json.ts';
import type { ImportResult } from './import-issue.ts';
import { indexQuestionnaire, type IndexedQuestionnaire } from './questionnaire-index.ts';

/** A Questionnaire read once, ready to score many responses. */
export interface PreparedQuestionnaire {
  readonly index: IndexedQuestionnaire;
  readonly expressions: ExpressionCache;
}

export interface ImportScoreOptions {
  /**
   * Use an ordinalValue carried by the answer itself before the option's (SDC
   * ordinal(), fhirpath.js weight()). Default true. Set false for responses a
   * client submits to Tandem, so a client cannot set their own item scores.
   */
  readonly honourAnswerOrdinals?: boolean;
}

export interface CalculatedItemResult {
  readonly linkId: string;
  readonly text: string | null;
  readonly value: CalculatedValue;
  /** What the response claimed for this item, ignored; null when it claimed nothing. */
  readonly stated: unknown;
}

export interface ImportedScore {
  /** The Questionnaire's url, else id. */
  readonly questionnaire: string | null;
  /** The score: the first numeric calculated item, else the sum of ordinals, else null. */
  readonly total: number | null;
  readonly method: 'calculatedExpression' | 'ordinalSum' | 'none';
  readonly totalLinkId: string | null;
  readonly calculated: readonly CalculatedItemResult[];
  /** Sum of the ordinals of all answers that carry one; null when none does. */
  readonly ordinalSum: number | null;
  readonly answeredItems: number;
  /** Required, visible, non-calculated items left unanswered (enableWhen is not evaluated). */
  readonly missingRequired: readonly string[];
  /** Items whose score came from the answer's own ordinalValue rather than the option's. */
  readonly answerLevelOrdinals: readonly string[];
  /** Items whose answer list is an external ValueSet: membership and scores unchecked. */
  readonly unresolvedValueSets: readonly string[];
}

/**
 * Reads a Questionnaire (parsed JSON) for scoring.
 *
 * @example
 * const prepared = prepareQuestionnaire(JSON.parse(questionnaireJson));
 * if (!prepared.ok) console.error(prepared.errors);
 */
export function prepareQuestionnaire(questionnaire: unknown): ImportResult<PreparedQuestionnaire> {
  const index = indexQuestionnaire(questionnaire);
  if (!index.ok) return index;
  return { ok: true, value: { index: index.value, expressions: new Map() } };
}

/**
 * Scores a QuestionnaireResponse against a Questionnaire, recomputing every
 * score from the answers: ordinals from answerOption / contained ValueSets and
 * SDC variables + calculatedExpressions evaluated with FHIRPath. Totals stored
 * in the response are reported as `stated` and never used. Bad input gives
 * `ok: false` with issues naming the item.
 *
 * @example
 * const result = scoreQuestionnaireResponse(prepared.value, response);
 * if (result.ok) result.value.total; // 10 for the SDC PHQ-9 example (it states 13)
 */
export function scoreQuestionnaireResponse(
  prepared: PreparedQuestionnaire,
  response: unknown,
  options: ImportScoreOptions = {},
): ImportResult<ImportedScore> {
  const { index } = prepared;
  const honour = options.honourAnswerOrdinals ?? true;
  let checked = checkResponse(index, response, honour);
  if (!checked.ok) return checked;
  let working = response as JsonRecord;
  // Stored calculated answers are removed and recomputed ones written in. When
  // the response has entries for calculated items, that happens on a copy
  // (checked again, so every reference points into the copy) and the caller's
  // object never changes; otherwise nothing is written and no copy is needed.
  if (hasCalculatedEntries(index, checked.value)) {
    working = structuredClone(working);
    checked = checkResponse(index, working, honour);
    if (!checked.ok) return checked;
    for (const [linkId, entries] of checked.value.itemsByLinkId) {
      if (index.items.get(linkId)?.calculated) for (const entry of entries) delete entry.answer;
    }
  }

  const responseOrdinals = new Map<object, number>();
  for (const answer of checked.value.answers) {
    if (answer.ordinal === null) continue;
    responseOrdinals.set(answer.answer, answer.ordinal);
    const value = answer.answer[answer.valueKey];
    if (isRecord(value)) responseOrdinals.set(value, answer.ordinal);
  }
  const values = evaluateCalculated(index, prepared.expressions, working, checked.value, {
    response: responseOrdinals,
    questionnaire: index.optionOrdinals,
  });
  if (!values.ok) return values;
  return { ok: true, value: summarise(index, checked.value, values.value) };
}

function hasCalculatedEntries(index: IndexedQuestionnaire, checked: CheckedResponse): boolean {
  for (const linkId of checked.itemsByLinkId.keys()) {
    if (index.items.get(linkId)?.calculated) return true;
  }
  return false;
}

function summarise(
  index: IndexedQuestionnaire,
  checked: CheckedResponse,
  values: ReadonlyMap<string, CalculatedValue>,
): ImportedScore {
  const calculated: CalculatedItemResult[] = [...values].map(([linkId, value]) => ({
    linkId,
    text: index.items.get(linkId)?.text ?? null,
    value,
    stated: checked.storedCalculated.find((stored) => stored.linkId === linkId)?.value ?? null,
  }));
  const scored = checked.answers.flatMap((answer) =>
    answer.ordinal === null ? [] : [answer.ordinal],
  );
  const ordinalSum = scored.length === 0 ? null : cleanSum(scored);
  const totalItem = calculated.find((entry) => {
    const type = index.items.get(entry.linkId)?.type;
    return type === 'integer' || type === 'decimal' || type === 'quantity';
  });
  let method: ImportedScore['method'] = 'none';
  let total: number | null = null;
  if (totalItem) {
    method = 'calculatedExpression';
    total = typeof totalItem.value === 'number' ? totalItem.value : null;
  } else if (ordinalSum !== null) {
    method = 'ordinalSum';
    total = ordinalSum;
  }
  const missingRequired = index.order.filter((linkId) => {
    const item = index.items.get(linkId);
    return (
      item !== undefined &&
      item.required &&
      !item.hidden &&
      item.calculated === null &&
      item.type !== 'group' &&
      item.type !== 'display' &&
      !checked.answeredLinkIds.has(linkId)
    );
  });
  const unresolvedValueSets = index.order.filter((linkId) => {
    const item = index.items.get(linkId);
    return item?.options.kind === 'unresolved' && checked.answeredLinkIds.has(linkId);
  });
  return {
    questionnaire: index.name,
    total,
    method,
    totalLinkId: totalItem?.linkId ?? null,
    calculated,
    ordinalSum,
    answeredItems: checked.answeredLinkIds.size,
    missingRequired,
    answerLevelOrdinals: [
      ...new Set(
        checked.answers
          .filter((answer) => answer.ordinalFrom === 'answer')
          .map((answer) => answer.linkId),
      ),
    ],
    unresolvedValueSets,
  };
}
