// Jacobson & Truax (1991) reliable change index. Formulas as implemented in
// cran/clinicalsignificance v3.0.0 (R/rci-utils.R, R/calc_rci.R) and restated in
// INSTRUMENT-FACTS.md §18.1:
//   S_E = SD_pre × √(1 − r_xx),  S_diff = √(2 × S_E²),  RC = (post − pre) / S_diff,
//   reliable ⇔ |RC| > 1.96 (strictly; |RC| = 1.96 exactly is "unchanged").

/** Two-tailed critical value for p < .05 used by Jacobson & Truax. */
export const JACOBSON_TRUAX_CRITICAL_VALUE = 1.96;

/**
 * Standard error of measurement: SD × √(1 − reliability).
 *
 * @example standardErrorOfMeasurement(4.25, 0.89) // ≈ 1.4096 (PHQ-9, INSTRUMENT-FACTS §2)
 */
export function standardErrorOfMeasurement(sd: number, reliability: number): number {
  assertSpread(sd, reliability);
  return sd * Math.sqrt(1 - reliability);
}

/**
 * Standard error of the difference between two scores: √(2 × S_E²).
 *
 * @example standardErrorOfDifference(4.25, 0.89) // ≈ 1.9934
 */
export function standardErrorOfDifference(sd: number, reliability: number): number {
  const se = standardErrorOfMeasurement(sd, reliability);
  return Math.sqrt(2 * se * se);
}

/**
 * Reliable change index: (after − before) / S_diff. Negative means the score fell.
 *
 * @example reliableChangeIndex(18, 12, 4.25, 0.89) // ≈ −3.01
 */
export function reliableChangeIndex(
  before: number,
  after: number,
  sd: number,
  reliability: number,
): number {
  assertScore(before, 'before');
  assertScore(after, 'after');
  return (after - before) / standardErrorOfDifference(sd, reliability);
}

/**
 * Smallest change in points that is reliable: critical value × S_diff.
 * A change must be strictly larger than this.
 *
 * @example reliableChangeThreshold(4.25, 0.89) // ≈ 3.907 points (PHQ-9)
 */
export function reliableChangeThreshold(
  sd: number,
  reliability: number,
  criticalValue: number = JACOBSON_TRUAX_CRITICAL_VALUE,
): number {
  return criticalValue * standardErrorOfDifference(sd, reliability);
}

export type ChangeDirection = 'improved' | 'unchanged' | 'deteriorated';

/**
 * Direction of a reliable change, honouring which direction is better.
 * |RC| must exceed the critical value; exactly equal is "unchanged".
 *
 * @example reliableDirection(-2.5, 'lower') // 'improved'
 */
export function reliableDirection(
  rci: number,
  betterDirection: 'lower' | 'higher',
  criticalValue: number = JACOBSON_TRUAX_CRITICAL_VALUE,
): ChangeDirection {
  const towardsBetter = betterDirection === 'lower' ? -rci : rci;
  if (towardsBetter > criticalValue) return 'improved';
  if (towardsBetter < -criticalValue) return 'deteriorated';
  return 'unchanged';
}

function assertSpread(sd: number, reliability: number): void {
  if (!Number.isFinite(sd) || sd <= 0) {
    throw new RangeError(`sd must be a positive number, got ${String(sd)}`);
  }
  if (!Number.isFinite(reliability) || reliability < 0 || reliability >= 1) {
    throw new RangeError(`reliability must be in [0, 1), got ${String(reliability)}`);
  }
}

function assertScore(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number`);
}
