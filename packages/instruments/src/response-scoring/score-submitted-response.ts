import type { InstrumentDefinition, ScoreContext } from '../definition/types.ts';
import {
  answersById,
  builtInAnswers,
  type BuiltInAnswer,
} from '../fhir-import/built-in-answers.ts';
import { checkResponse, type CheckedResponse } from '../fhir-import/check-response.ts';
import type { ImportResult } from '../fhir-import/import-issue.ts';
import {
  scoreQuestionnaireResponse,
  type ImportedScore,
  type PreparedQuestionnaire,
} from '../fhir-import/score-questionnaire-response.ts';
import { itemScore } from '../scoring/item-score.ts';
import { scoreResponse } from '../scoring/score-response.ts';
import { checkQuestionnaireNamed, type QuestionnaireIdentity } from './questionnaire-reference.ts';
import type { AnswerScore, CriticalAnswer, ResponseScore } from './response-score.ts';
import { answersWithoutList, recognisedAnswers } from './submitted-answers.ts';
import {
  prepareResponseScorer,
  type ResponseScorer,
  type ScoringSource,
} from './response-scorer.ts';

/**
 * Scores a submitted QuestionnaireResponse (parsed JSON) against the
 * Questionnaire it must name, recomputing every score from the answers.
 * Synchronous and pure, for use inside the transaction that stores it.
 *
 * Problems (`ok: false`), each naming the item and its path: the response
 * names another Questionnaire or version, or none; a linkId the Questionnaire
 * lacks, or an item given twice; an answer that is not one of the item's
 * options, of the wrong type, out of range, or to an item whose answer list
 * cannot be read. Scores an answer claims for itself are never used.
 *
 * A well-formed response that cannot be totalled (too many items left out)
 * is a result with `valid: false`, and still reports its critical answers.
 *
 * @example
 * const scored = scoreSubmittedResponse(scorer, response);
 * if (!scored.ok) scored.errors; // [{ code: 'QUESTIONNAIRE_MISMATCH', path: 'QuestionnaireResponse.questionnaire', … }]
 * else scored.value.critical;    // [{ itemId: '9', linkId: '9', value: 2, path: 'QuestionnaireResponse.item[8].answer[0]' }]
 */
export function scoreSubmittedResponse(
  scorer: ResponseScorer,
  response: unknown,
  context: ScoreContext = {},
): ImportResult<ResponseScore> {
  const named = checkQuestionnaireNamed(scorer.identity, response);
  if (named) return { ok: false, errors: [named] };
  const checked = checkResponse(scorer.index, response, false);
  if (!checked.ok) return checked;
  const unreadable = answersWithoutList(scorer.index, checked.value);
  if (unreadable.length > 0) return { ok: false, errors: unreadable };

  const { target, identity } = scorer;
  switch (target.kind) {
    case 'built-in': {
      const read = builtInAnswers(target.definition, checked.value);
      if (!read.ok) return read;
      return {
        ok: true,
        value: asBuiltIn('built-in', target.definition, identity, read.value, context),
      };
    }
    case 'recognised': {
      const read = recognisedAnswers(target.itemByLinkId, checked.value);
      if (!read.ok) return read;
      return {
        ok: true,
        value: asBuiltIn('recognised', target.definition, identity, read.value, context),
      };
    }
    case 'imported':
      return asImported(target.prepared, identity, response, checked.value);
  }
}

/**
 * Prepares and scores in one call: a built-in instrument id or a
 * Questionnaire, and a response. Built-in scorers are cached; for an
 * imported Questionnaire scored often, keep `prepareResponseScorer`'s result.
 *
 * @example
 * scoreResponseAgainst({ instrumentId: 'phq-9' }, response, {});
 */
export function scoreResponseAgainst(
  source: ScoringSource,
  response: unknown,
  context: ScoreContext = {},
): ImportResult<ResponseScore> {
  const scorer = prepareResponseScorer(source);
  if (!scorer.ok) return scorer;
  return scoreSubmittedResponse(scorer.value, response, context);
}

function asBuiltIn(
  scoredAs: 'built-in' | 'recognised',
  definition: InstrumentDefinition,
  questionnaire: QuestionnaireIdentity,
  read: readonly BuiltInAnswer[],
  context: ScoreContext,
): ResponseScore {
  const result = scoreResponse(definition, answersById(read), context);
  const items = new Map(definition.items.map((item) => [item.id, item]));
  const byItem = new Map(read.map((answer) => [answer.itemId, answer]));
  const critical: CriticalAnswer[] = result.critical.flatMap((itemId) => {
    const answer = byItem.get(itemId);
    return answer
      ? [{ itemId, linkId: answer.linkId, value: answer.value, path: answer.path }]
      : [];
  });
  const answers: AnswerScore[] = read.map((answer) => {
    const item = items.get(answer.itemId);
    return {
      linkId: answer.linkId,
      itemId: answer.itemId,
      value: answer.value,
      score: item?.scored ? itemScore(item, answer.value) : null,
      path: answer.path,
    };
  });
  return {
    scoredAs,
    instrument: definition.id,
    questionnaire,
    total: result.total,
    band: result.band,
    prorated: result.prorated,
    valid: result.valid,
    reason: result.reason,
    subscales: result.subscales,
    caseness: result.caseness,
    indications: result.indications,
    critical,
    answers,
    missing: result.missing,
    imported: null,
  };
}

function asImported(
  prepared: PreparedQuestionnaire,
  questionnaire: QuestionnaireIdentity,
  response: unknown,
  checked: CheckedResponse,
): ImportResult<ResponseScore> {
  // A client never sets their own item scores: only the options' ordinals count.
  const scored = scoreQuestionnaireResponse(prepared, response, { honourAnswerOrdinals: false });
  if (!scored.ok) return scored;
  const imported = scored.value;
  return {
    ok: true,
    value: {
      scoredAs: 'imported',
      instrument: null,
      questionnaire,
      total: imported.total,
      band: null,
      prorated: false,
      valid: imported.total !== null,
      reason: imported.total === null ? noTotalReason(imported) : null,
      subscales: {},
      caseness: null,
      indications: {},
      critical: [],
      answers: checked.answers.map((answer) => ({
        linkId: answer.linkId,
        itemId: null,
        value: null,
        score: answer.ordinal,
        path: answer.path,
      })),
      missing: imported.missingRequired,
      imported,
    },
  };
}

function noTotalReason(score: ImportedScore): string {
  if (score.method === 'calculatedExpression') {
    return `the calculatedExpression of "${score.totalLinkId ?? ''}" gave no value for these answers`;
  }
  return 'the Questionnaire has no calculatedExpression and its options carry no ordinalValue';
}
