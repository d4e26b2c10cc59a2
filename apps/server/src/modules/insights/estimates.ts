import { tQuantile } from './t-distribution.ts';

/** An estimate with its 95% interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function sampleVariance(values: readonly number[], m: number): number {
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/**
 * The difference of two means (with − without) and its 95% interval by
 * Welch's t (unequal variances, Welch–Satterthwaite degrees of freedom).
 * Each group needs at least two values.
 */
export function differenceOfMeans(
  withFactor: readonly number[],
  without: readonly number[],
): Estimate {
  if (withFactor.length < 2 || without.length < 2)
    throw new RangeError('each group needs two values');
  const m1 = mean(withFactor);
  const m0 = mean(without);
  const q1 = sampleVariance(withFactor, m1) / withFactor.length;
  const q0 = sampleVariance(without, m0) / without.length;
  const se = Math.sqrt(q1 + q0);
  const value = m1 - m0;
  if (se === 0) return { value, low: value, high: value };
  const df = (q1 + q0) ** 2 / (q1 ** 2 / (withFactor.length - 1) + q0 ** 2 / (without.length - 1));
  const margin = tQuantile(0.975, df) * se;
  return { value, low: value - margin, high: value + margin };
}

/**
 * The least-squares slope of y on x and its 95% interval (t with n − 2
 * degrees of freedom). Needs three points and some spread in x.
 */
export function slope(points: readonly { x: number; y: number }[]): Estimate | null {
  const n = points.length;
  if (n < 3) return null;
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const b = sxy / sxx;
  const sse = points.reduce((sum, p) => sum + (p.y - (my + b * (p.x - mx))) ** 2, 0);
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const margin = tQuantile(0.975, n - 2) * se;
  return { value: b, low: b - margin, high: b + margin };
}
