// Jacobson & Truax (1991) clinical-significance cut-offs. Formulas as in
// TypeFox/R-Examples clinsig/R/clinsig.R and cran/clinicalsignificance
// R/calc_cutoff.R (INSTRUMENT-FACTS.md §18.2), for a lower-is-better scale:
//   a = M_clin − 2·SD_clin   (left the dysfunctional distribution)
//   b = M_func + 2·SD_func   (entered the functional distribution)
//   c = (SD_clin·M_func + SD_func·M_clin) / (SD_clin + SD_func)   (weighted midpoint)
// For a higher-is-better scale the signs of a and b flip; c is symmetric.
// cran/clinicalsignificance v3.0.0 computes b with SD_clin; Jacobson & Truax and
// clinsig use the functional SD, and so do we.

export interface NormativeSample {
  readonly mean: number;
  readonly sd: number;
}

export interface ClinicalCutoffs {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

export type CutoffKind = keyof ClinicalCutoffs;

/**
 * The three Jacobson–Truax cut-offs from a clinical and a functional (normative) sample.
 *
 * @example
 * // PHQ-9 with Gilbody 2015 (16.65, 4.25) and Kocalevent 2013 35–44 (2.6, 3.5):
 * jacobsonTruaxCutoffs({ mean: 16.65, sd: 4.25 }, { mean: 2.6, sd: 3.5 }, 'lower')
 * // → { a: 8.15, b: 9.6, c: ≈ 8.945 }
 */
export function jacobsonTruaxCutoffs(
  clinical: NormativeSample,
  functional: NormativeSample,
  betterDirection: 'lower' | 'higher',
): ClinicalCutoffs {
  for (const [name, sample] of [
    ['clinical', clinical],
    ['functional', functional],
  ] as const) {
    if (!Number.isFinite(sample.mean) || !Number.isFinite(sample.sd) || sample.sd <= 0) {
      throw new RangeError(`${name} sample needs a finite mean and a positive sd`);
    }
  }
  const sign = betterDirection === 'lower' ? -1 : 1;
  return {
    a: clinical.mean + sign * 2 * clinical.sd,
    b: functional.mean - sign * 2 * functional.sd,
    c:
      (clinical.sd * functional.mean + functional.sd * clinical.mean) /
      (clinical.sd + functional.sd),
  };
}

/**
 * Whether a score lies strictly on the dysfunctional side of a Jacobson–Truax
 * cut-off. A score exactly on the cut-off is on neither side (as in
 * cran/clinicalsignificance, which compares strictly both ways).
 *
 * @example isDysfunctional(9, 8.945, 'lower') // true
 */
export function isDysfunctional(
  score: number,
  cutoff: number,
  betterDirection: 'lower' | 'higher',
): boolean {
  return betterDirection === 'lower' ? score > cutoff : score < cutoff;
}

/**
 * Whether a score lies strictly on the functional side of a Jacobson–Truax cut-off.
 *
 * @example isFunctional(8, 8.945, 'lower') // true
 */
export function isFunctional(
  score: number,
  cutoff: number,
  betterDirection: 'lower' | 'higher',
): boolean {
  return betterDirection === 'lower' ? score < cutoff : score > cutoff;
}
