import {
  getInstrument,
  scoreResponseAgainst,
  type ImportIssue,
  type ResponseScore,
  type ScoreResult,
  type ScoringSource,
  type Sex,
} from '@tandem/instruments';

export type FhirScore =
  | { readonly kind: 'scored'; readonly result: ResponseScore }
  | { readonly kind: 'invalid'; readonly issues: readonly ImportIssue[] };

/**
 * Scores a QuestionnaireResponse with the library's submission scorer: a
 * built-in instrument (by id, or a Questionnaire Tandem exported), a
 * Questionnaire recognised as one by its LOINC codes, or any other
 * Questionnaire by its own FHIRPath. The response must name the
 * Questionnaire it answers.
 */
export function scoreFhir(
  /** A built-in instrument id, or a parsed Questionnaire. */
  questionnaire: unknown,
  response: unknown,
  sex?: Sex,
): FhirScore {
  const source: ScoringSource =
    typeof questionnaire === 'string' ? { instrumentId: questionnaire } : { questionnaire };
  const scored = scoreResponseAgainst(source, response, sex === undefined ? {} : { sex });
  return scored.ok
    ? { kind: 'scored', result: scored.value }
    : { kind: 'invalid', issues: scored.errors };
}

/**
 * The score command's JSON for a QuestionnaireResponse: the same keys as for
 * answers given by item id (`critical` lists item ids), and with `details`
 * how it was scored and, for a Questionnaire scored by its own FHIRPath, the
 * FHIR particulars (stated versus recomputed totals, items missing, ordinals).
 */
export function responseJson(score: ResponseScore, details = false): Record<string, unknown> {
  const shape = {
    instrument: score.instrument ?? score.questionnaire.url,
    total: score.total,
    band: score.band,
    prorated: score.prorated,
    valid: score.valid,
    reason: score.reason,
    subscales: score.subscales,
    critical: score.critical.map((answer) => answer.itemId),
  };
  if (!details) return shape;
  const { imported } = score;
  return {
    ...shape,
    scoredAs: score.scoredAs,
    questionnaire: score.questionnaire,
    criticalAnswers: score.critical,
    ...(imported === null
      ? {}
      : {
          fhir: {
            method: imported.method,
            totalLinkId: imported.totalLinkId,
            calculated: imported.calculated,
            ordinalSum: imported.ordinalSum,
            answeredItems: imported.answeredItems,
            missingRequired: imported.missingRequired,
            answerLevelOrdinals: imported.answerLevelOrdinals,
            unresolvedValueSets: imported.unresolvedValueSets,
          },
        }),
  };
}

/** The built-in reading of a response scored as a built-in instrument, for `describeScore`. */
export function asScoreResult(score: ResponseScore): ScoreResult | null {
  if (score.instrument === null) return null;
  return {
    instrument: score.instrument,
    total: score.total,
    band: score.band,
    prorated: score.prorated,
    valid: score.valid,
    reason: score.reason,
    subscales: { ...score.subscales },
    critical: score.critical.map((answer) => answer.itemId),
    caseness: score.caseness,
    indications: { ...score.indications },
    missing: [...score.missing],
  };
}

/** The short title of the instrument a response was scored as, else the Questionnaire's url. */
export function scoredName(score: ResponseScore): string {
  const definition = score.instrument === null ? undefined : getInstrument(score.instrument);
  return definition?.shortTitle ?? score.questionnaire.url ?? 'Questionnaire';
}

export function describeIssue(found: ImportIssue): string {
  const item = found.linkId === null ? '' : `item "${found.linkId}": `;
  return `${item}${found.message} (${found.code} at ${found.path})`;
}
