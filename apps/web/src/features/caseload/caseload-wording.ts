import type { CaseloadMeasure } from './caseload-api.ts';

function score(total: number): string {
  return Number.isInteger(total) ? String(total) : total.toFixed(1);
}

/**
 * One measure in a caseload cell: "PHQ-9 14, Moderate; Reliable improvement".
 *
 * @example measureLine({ shortTitle: 'GAD-7', latest: { total: 4, band: null, at }, change: null }) // 'GAD-7 4'
 */
export function measureLine(
  measure: Pick<CaseloadMeasure, 'shortTitle' | 'latest' | 'change'>,
): string {
  const band = measure.latest.band ? `, ${measure.latest.band.label}` : '';
  const change = measure.change ? `; ${measure.change.label}` : '';
  return `${measure.shortTitle} ${score(measure.latest.total)}${band}${change}`;
}

/** "2 open", "None". */
export function countText(count: number, noun: string): string {
  return count === 0 ? 'None' : `${count} ${noun}`;
}
