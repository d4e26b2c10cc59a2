import { isDysfunctional, isFunctional } from './clinical-cutoffs.ts';
import {
  JACOBSON_TRUAX_CRITICAL_VALUE,
  reliableChangeIndex,
  reliableChangeThreshold,
  reliableDirection,
  standardErrorOfDifference,
  type ChangeDirection,
} from './reliable-change.ts';

/** Jacobson & Truax categories (INSTRUMENT-FACTS.md §18.2). */
export type ChangeCategory = 'recovered' | 'improved' | 'unchanged' | 'deteriorated';

export interface JacobsonTruaxInput {
  readonly before: number;
  readonly after: number;
  /** SD of the reference sample at pre-treatment. */
  readonly sd: number;
  readonly reliability: number;
  readonly betterDirection: 'lower' | 'higher';
  /** Clinical-significance cut-off (usually c); without one nobody can be "recovered". */
  readonly cutoff?: number | null;
  readonly criticalValue?: number;
}

export interface JacobsonTruaxResult {
  readonly change: number;
  readonly rci: number;
  readonly sDiff: number;
  /** A change must be strictly larger than this many points to be reliable. */
  readonly thresholdPoints: number;
  readonly direction: ChangeDirection;
  readonly category: ChangeCategory;
  /** Null when no cut-off was given. */
  readonly dysfunctionalBefore: boolean | null;
  readonly functionalAfter: boolean | null;
}

/**
 * Classifies one pre/post pair the Jacobson–Truax way:
 * recovered = reliable improvement that also crosses the cut-off from the
 * dysfunctional to the functional side; improved = any other reliable
 * improvement; deteriorated = reliable worsening; unchanged = |RC| ≤ 1.96.
 * (Categories as in cran/clinicalsignificance R/calc_recovered.R; its extra
 * "harmed" split of deterioration is not used here.)
 *
 * @example
 * classifyJacobsonTruax({ before: 18, after: 8, sd: 4.25, reliability: 0.89,
 *   betterDirection: 'lower', cutoff: 8.945 }).category // 'recovered'
 */
export function classifyJacobsonTruax(input: JacobsonTruaxInput): JacobsonTruaxResult {
  const criticalValue = input.criticalValue ?? JACOBSON_TRUAX_CRITICAL_VALUE;
  const rci = reliableChangeIndex(input.before, input.after, input.sd, input.reliability);
  const direction = reliableDirection(rci, input.betterDirection, criticalValue);
  const cutoff = input.cutoff ?? null;
  const dysfunctionalBefore =
    cutoff === null ? null : isDysfunctional(input.before, cutoff, input.betterDirection);
  const functionalAfter =
    cutoff === null ? null : isFunctional(input.after, cutoff, input.betterDirection);
  const recovered =
    direction === 'improved' && dysfunctionalBefore === true && functionalAfter === true;
  return {
    change: input.after - input.before,
    rci,
    sDiff: standardErrorOfDifference(input.sd, input.reliability),
    thresholdPoints: reliableChangeThreshold(input.sd, input.reliability, criticalValue),
    direction,
    category: recovered ? 'recovered' : direction,
    dysfunctionalBefore,
    functionalAfter,
  };
}
