import { AppError } from '@tandem/core';
import { scoreSubmittedResponse } from '@tandem/instruments';
import { libraryPath } from './practice-instrument-scorer.ts';
import type { PracticeMeasure } from './practice-measure.ts';

/** A QuestionnaireResponse item as the client's form sends it (validated at the edge). */
export interface SubmittedItem {
  linkId: string;
  answer?: unknown[] | undefined;
  item?: unknown[] | undefined;
}

export interface ScoredPracticeSubmission {
  /** The QuestionnaireResponse stored, naming exactly the version answered. */
  response: Record<string, unknown>;
  canonical: string;
  total: number | null;
  band: string | null;
  prorated: boolean;
  /** Critical items answered positively (recognised instruments only), with the value given. */
  critical: { itemId: string; value: number }[];
  subscales: Record<string, unknown>;
}

/**
 * Scores a client's answers against exactly the Questionnaire version the
 * assignment names. Pure. A problem with the answers is VALIDATION_FAILED
 * naming the path in the request (`item[1].item[0].answer[0]`), with the
 * library's message; scores the client might claim are never used.
 */
export function scorePracticeSubmission(
  measure: PracticeMeasure,
  items: readonly SubmittedItem[],
  authored: Date,
): ScoredPracticeSubmission {
  const canonical = `${measure.url}|${measure.version}`;
  const response = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: canonical,
    status: 'completed',
    authored: authored.toISOString(),
    item: items,
  };
  const scored = scoreSubmittedResponse(measure.scorer, response);
  if (!scored.ok) {
    const [first] = scored.errors;
    throw new AppError('VALIDATION_FAILED', {
      path: first ? libraryPath(first.path, 'QuestionnaireResponse', '') : 'item',
      message: first?.message ?? 'These answers do not fit the questionnaire.',
    });
  }
  const score = scored.value;
  const valid = score.valid && score.total !== null && Number.isFinite(score.total);
  return {
    response,
    canonical,
    total: valid ? score.total : null,
    band: valid && measure.recognised !== null ? (score.band?.id ?? null) : null,
    prorated: score.prorated,
    critical:
      measure.recognised === null
        ? []
        : score.critical.map((answer) => ({ itemId: answer.itemId, value: answer.value })),
    subscales: score.subscales,
  };
}
