import type { DatedScore } from './dated-scores.ts';
import type { NotOnTrackRule } from './not-on-track-rule.ts';
import type { Verdict } from './not-on-track-result.ts';

/**
 * The one-line reason shown beside a flag, in plain words with the scores
 * that led to it, e.g. "Improved less than 5 points after 6 weeks (PHQ-9 14 → 13)".
 * Time is whole weeks since the baseline (days in the first week); prorated
 * totals show one decimal.
 */
export function notOnTrackReason(
  title: string,
  verdict: Verdict,
  baseline: DatedScore | null,
  latest: DatedScore | null,
  days: number | null,
  rule: NotOnTrackRule,
): string {
  if (baseline === null) return `No scored ${title} yet`;
  const first = shown(baseline.total);
  if (latest === null) return `Only the baseline score so far (${title} ${first})`;
  const scores = `(${title} ${first} → ${shown(latest.total)})`;
  const after = weeks(days ?? 0);
  const threshold = shown(verdict.threshold);
  switch (verdict.code) {
    case 'reliable-deterioration':
      return `Reliable deterioration: up ${shown((latest.total ?? 0) - (baseline.total ?? 0))} points since baseline, ${threshold} or more is reliable ${scores}`;
    case 'not-in-clinical-range':
      return `Started below the clinical cut-off of ${threshold}; only reliable deterioration is flagged ${scores}`;
    case 'no-deterioration':
      return `No reliable deterioration ${scores}`;
    case 'too-early':
      return `Too early to judge: ${after} since baseline, first review at week ${threshold} ${scores}`;
    case 'too-few-follow-ups':
      return `Too few scores to judge: ${threshold} follow-ups are needed before a review ${scores}`;
    case 'still-high':
      return `Still ${threshold} or more after ${after} ${scores}`;
    case 'below-caseness':
      return `Below the clinical cut-off of ${threshold} ${scores}`;
    case 'responded':
      return `Improved by ${threshold}% or more ${scores}`;
    case 'inadequate-response':
      return `Improved less than ${threshold}% after ${after} and still at or above ${shown(rule.caseness)} ${scores}`;
    case 'early-non-response':
      return `Improved less than ${threshold} points after ${after} ${scores}`;
    case 'improving':
      return `Improved ${threshold} points or more after ${after} ${scores}`;
    case 'no-baseline':
    case 'no-follow-up':
      return `Only the baseline score so far (${title} ${first})`;
  }
}

function weeks(days: number): string {
  if (days < 7) return days === 1 ? '1 day' : `${days} days`;
  const whole = Math.floor(days / 7);
  return whole === 1 ? '1 week' : `${whole} weeks`;
}

/** A score as people read it: whole numbers as they are, prorated totals to one decimal. */
function shown(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}
