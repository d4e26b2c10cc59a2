import {
  TANDEM_FHIR_BASE,
  answersFromResponse,
  getInstrument,
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
  scoreResponse,
  type ImportIssue,
  type ImportedScore,
  type InstrumentDefinition,
  type ScoreResult,
  type Sex,
} from '@tandem/instruments';

export type FhirScore =
  | { readonly kind: 'built-in'; readonly result: ScoreResult }
  | { readonly kind: 'imported'; readonly result: ImportedScore }
  | { readonly kind: 'invalid'; readonly issues: readonly ImportIssue[] };

/**
 * Scores a QuestionnaireResponse against a built-in instrument (by id, or a
 * Questionnaire that Tandem exported for it) with the built-in scorer, and
 * against any other Questionnaire with the FHIR import scorer.
 */
export function scoreFhir(
  /** A built-in instrument id, or a parsed Questionnaire. */
  questionnaire: unknown,
  response: unknown,
  sex?: Sex,
): FhirScore {
  const builtIn =
    typeof questionnaire === 'string'
      ? getInstrument(questionnaire)
      : exportedBuiltIn(questionnaire);
  if (builtIn) {
    const answers = answersFromResponse(builtIn, response);
    if (!answers.ok) return { kind: 'invalid', issues: answers.errors };
    return {
      kind: 'built-in',
      result: scoreResponse(builtIn, answers.value, sex === undefined ? {} : { sex }),
    };
  }
  const prepared = prepareQuestionnaire(questionnaire);
  if (!prepared.ok) return { kind: 'invalid', issues: prepared.errors };
  const scored = scoreQuestionnaireResponse(prepared.value, response);
  return scored.ok
    ? { kind: 'imported', result: scored.value }
    : { kind: 'invalid', issues: scored.errors };
}

/** A Questionnaire carrying the canonical url Tandem gives a built-in instrument. */
function exportedBuiltIn(resource: unknown): InstrumentDefinition | undefined {
  if (typeof resource !== 'object' || resource === null) return undefined;
  const { id, url } = resource as { id?: unknown; url?: unknown };
  if (typeof id !== 'string' || url !== `${TANDEM_FHIR_BASE}/Questionnaire/${id}`) return undefined;
  return getInstrument(id);
}

/**
 * The score command's JSON shape for an imported Questionnaire: the same keys
 * as for a built-in instrument, and with `details` the FHIR particulars
 * (stated versus recomputed totals, items missing, ordinals used) beside them.
 */
export function importedJson(score: ImportedScore, details = false): Record<string, unknown> {
  const shape = {
    instrument: score.questionnaire,
    total: score.total,
    band: null,
    prorated: false,
    valid: score.total !== null,
    reason: score.total === null ? noTotalReason(score) : null,
    subscales: {},
    critical: [],
  };
  if (!details) return shape;
  return {
    ...shape,
    fhir: {
      method: score.method,
      totalLinkId: score.totalLinkId,
      calculated: score.calculated,
      ordinalSum: score.ordinalSum,
      answeredItems: score.answeredItems,
      missingRequired: score.missingRequired,
      answerLevelOrdinals: score.answerLevelOrdinals,
      unresolvedValueSets: score.unresolvedValueSets,
    },
  };
}

function noTotalReason(score: ImportedScore): string {
  if (score.method === 'calculatedExpression') {
    return `the calculatedExpression of "${score.totalLinkId ?? ''}" gave no value for these answers`;
  }
  return 'the Questionnaire has no calculatedExpression and no answer carries an ordinalValue';
}

export function describeIssue(found: ImportIssue): string {
  const item = found.linkId === null ? '' : `item "${found.linkId}": `;
  return `${item}${found.message} (${found.code} at ${found.path})`;
}
