import type { ChartPointInput, MarkerKind } from './chart/progress-chart-data.ts';

/** Prorated totals may have decimals; one is enough to read. */
export function formatScore(total: number | null): string {
  if (total === null) return 'Not scored';
  return Number.isInteger(total) ? String(total) : total.toFixed(1);
}

/** "14 of 27, Moderate". */
export function scoreWithBand(
  total: number | null,
  max: number,
  band: { label: string } | null | undefined,
): string {
  if (total === null) return 'Not scored (too many questions left out)';
  const score = `${formatScore(total)} of ${max}`;
  return band ? `${score}, ${band.label}` : score;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
}

interface LabelInput {
  shortTitle: string;
  max: number;
  points: readonly ChartPointInput[];
  baseline?: { total: number } | null;
}

/**
 * The chart's accessible name: what it shows in one sentence, the latest
 * score, and where the same numbers are as a table.
 *
 * @example chartLabel({ shortTitle: 'PHQ-9', max: 27, points: [{ at: '2026-01-05T09:00:00Z', total: 12, band: { id: 'moderate', label: 'Moderate' } }] })
 * // 'PHQ-9 scores over time: 1 response, on 5 Jan 2026. Latest 12 of 27, Moderate. The table below has the same numbers.'
 */
export function chartLabel(
  input: LabelInput,
  /** What the chart is, where one page shows the same measure twice (beside the goals). */
  what = 'scores over time',
): string {
  const points = [...input.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return `${input.shortTitle}: no scores yet.`;
  const count = points.length === 1 ? '1 response' : `${points.length} responses`;
  const when =
    points.length === 1 ? `on ${day(first.at)}` : `from ${day(first.at)} to ${day(last.at)}`;
  const latest = `Latest ${scoreWithBand(last.total, input.max, last.band)}.`;
  const baseline = input.baseline == null ? '' : ` Baseline ${formatScore(input.baseline.total)}.`;
  return `${input.shortTitle} ${what}: ${count}, ${when}. ${latest}${baseline} The table below has the same numbers.`;
}

export const markerWording = {
  recovered: 'Reliable recovery',
  improved: 'Reliable improvement',
  deteriorated: 'Reliable deterioration',
} as const satisfies Record<MarkerKind, string>;

/** "Up 2", "Down 1", "No change": neutral words for an item that moved (items have no better end). */
export function movementText(change: number): string {
  if (change === 0) return 'No change';
  return change > 0 ? `Up ${change}` : `Down ${Math.abs(change)}`;
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekday name of an ISO weekday number (1 = Monday). */
export function weekdayName(isoWeekday: number): string {
  return weekdays[isoWeekday - 1] ?? 'Monday';
}
