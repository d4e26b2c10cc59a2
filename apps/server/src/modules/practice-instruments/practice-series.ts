import type { MeasureSeries } from '../measures/measure-series.ts';
import { measureSeries } from '../measures/measure-series.ts';
import type { StoredResponse } from '../measures/responses.repo.ts';
import type { PracticeMeasure } from './practice-measure.ts';

/**
 * A practice instrument's series. One recognised as a built-in instrument is
 * that instrument's series (bands, change) under the practice's title. Any
 * other shows its totals only: nothing published says what a change means,
 * so there is no band, change category or "not on track" (ADR 0012).
 */
export function practiceSeries(
  measure: PracticeMeasure,
  responses: readonly (StoredResponse & { response?: unknown })[],
): MeasureSeries {
  const title = `${measure.title} (v${measure.version})`;
  if (measure.recognised !== null) {
    return {
      ...measureSeries(measure.recognised, responses),
      instrumentId: measure.key,
      title,
      shortTitle: title,
      items: [],
    };
  }
  const totals = responses.flatMap((r) => (r.total === null ? [] : [r.total]));
  const first = responses.find((r) => r.total !== null);
  return {
    instrumentId: measure.key,
    title,
    shortTitle: title,
    // The chart's axis only: the range of the totals given, not a published range.
    min: Math.min(0, ...totals),
    max: Math.max(1, ...totals),
    // Without bands nothing is shaded, so the direction is never used to judge.
    betterDirection: 'lower',
    bands: [],
    thresholds: 'none',
    reliableChange: null,
    clinicalCutoff: null,
    baseline: first && first.total !== null ? { total: first.total, at: first.submittedAt } : null,
    points: responses.map((r) => ({
      responseId: r.id,
      at: r.submittedAt,
      total: r.total,
      band: null,
      prorated: r.prorated,
      critical: [],
      change: null,
    })),
    latestChange: null,
    notOnTrack: null,
    items: [],
  };
}
