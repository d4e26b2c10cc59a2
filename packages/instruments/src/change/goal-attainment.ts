import type { ChangeInputError, ChangeResult } from './change-result.ts';

// Goal Attainment Scaling T-score (Kiresuk & Sherman 1968), as implemented in
// taylordunn/gasr R/calculate.R calc_tscore() (INSTRUMENT-FACTS.md §18.4):
//   T = 50 + 10·Σ(wᵢ·xᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
// with xᵢ ∈ {−2, −1, 0, +1, +2} (0 = the expected outcome), wᵢ = 1 when
// unweighted, and ρ, the assumed mean inter-correlation of goal scores, 0.3.

/** Kiresuk & Sherman's assumed inter-correlation between goal scores. */
export const GAS_DEFAULT_RHO = 0.3;

export interface GoalAttainment {
  /** −2 much less than expected … 0 expected … +2 much more than expected. */
  readonly score: number;
  /** Relative importance; 1 when omitted. */
  readonly weight?: number;
}

/**
 * GAS T-score for one set of goals at one time point. 50 means every goal was
 * attained exactly as expected.
 *
 * @example
 * // gasr documentation example: T = 50 + 70 / √196 = 55
 * goalAttainmentTScore([
 *   { score: -2, weight: 3 }, { score: 0, weight: 5 }, { score: -1, weight: 1 },
 *   { score: 2, weight: 4 }, { score: 0, weight: 2 }, { score: 1, weight: 6 },
 * ]); // { ok: true, value: 55 }
 */
export function goalAttainmentTScore(
  goals: readonly GoalAttainment[],
  rho: number = GAS_DEFAULT_RHO,
): ChangeResult<number> {
  const errors: ChangeInputError[] = [];
  if (goals.length === 0) errors.push({ field: 'goals', message: 'at least one goal is needed' });
  if (!Number.isFinite(rho) || rho < 0 || rho >= 1) {
    errors.push({ field: 'rho', message: 'rho must be at least 0 and below 1' });
  }
  goals.forEach((goal, index) => {
    if (!Number.isInteger(goal.score) || goal.score < -2 || goal.score > 2) {
      errors.push({
        field: `goals[${index}].score`,
        message: 'a goal score is a whole number from -2 to +2',
      });
    }
    const weight = goal.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0) {
      errors.push({ field: `goals[${index}].weight`, message: 'a weight must be above 0' });
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  let weighted = 0;
  let weightSum = 0;
  let weightSquares = 0;
  for (const goal of goals) {
    const weight = goal.weight ?? 1;
    weighted += weight * goal.score;
    weightSum += weight;
    weightSquares += weight * weight;
  }
  const denominator = Math.sqrt((1 - rho) * weightSquares + rho * weightSum * weightSum);
  return { ok: true, value: 50 + (10 * weighted) / denominator };
}
