import type { LoadResult } from './load-job.ts';

export interface LatencySummary {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  perSecond: number;
}

/** Nearest-rank percentile of sorted values (p in 0..100): a latency some request actually had. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise(result: LoadResult): LatencySummary {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    perSecond: sorted.length / (result.elapsedMs / 1000),
  };
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
export const whole = (value: number) => Math.round(value).toLocaleString('en');
export const ratio = (value: number) => value.toFixed(2);

/** Fixed-width columns: the first `leftColumns` left-aligned (labels), the rest right-aligned (figures). */
export function table(rows: string[][], leftColumns = 1): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column < leftColumns
            ? cell.padEnd(widths[column] ?? 0)
            : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .map((line) => `  ${line}`)
    .join('\n');
}
