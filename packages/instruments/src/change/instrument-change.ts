import type {
  Comparator,
  InstrumentDefinition,
  Norm,
  PublishedValue,
} from '../definition/types.ts';
import { checkScore, type ChangeInputError, type ChangeResult } from './change-result.ts';
import { classifyJacobsonTruax, type ChangeCategory } from './classify-change.ts';
import { jacobsonTruaxCutoffs } from './clinical-cutoffs.ts';
import { JACOBSON_TRUAX_CRITICAL_VALUE, type ChangeDirection } from './reliable-change.ts';

/** Where the formulas come from (INSTRUMENT-FACTS.md §18.1–18.2). */
export const JACOBSON_TRUAX_FORMULA_SOURCES = [
  'CLINSIG_PKG',
  'CLINSIG_OLD',
  'SUDDENGAINS',
] as const;

export interface CitedNorm {
  readonly mean: number;
  readonly sd: number;
  readonly sample: string;
  readonly source: string;
}

export interface InstrumentChange {
  readonly instrument: string;
  readonly before: number;
  readonly after: number;
  readonly change: number;
  readonly betterDirection: 'lower' | 'higher';
  /** Null when the definition lacks a reliability or a clinical SD. */
  readonly jacobsonTruax: {
    readonly sd: number;
    readonly reliability: number;
    readonly reliabilityKind: 'alpha' | 'test-retest';
    readonly sDiff: number;
    readonly rci: number;
    readonly criticalValue: number;
    readonly thresholdPoints: number;
    readonly direction: ChangeDirection;
    readonly sources: readonly string[];
  } | null;
  /** Null unless both a clinical and a normative sample are cited. */
  readonly cutoffs: {
    readonly a: number;
    readonly b: number;
    readonly c: number;
    /** The cut-off used for "recovered": c, the one Jacobson & Truax prefer. */
    readonly used: 'c';
    readonly clinical: CitedNorm;
    readonly normative: CitedNorm;
  } | null;
  /** A service threshold in points (e.g. NHS Talking Therapies PHQ-9 ≥ 6), change of at least it. */
  readonly publishedReliableChange: {
    readonly points: number;
    readonly direction: ChangeDirection;
    readonly source: string;
    readonly evidence: PublishedValue['evidence'];
    readonly note: string | null;
  } | null;
  /** A published post-treatment cut-off (e.g. PCL-5 ≤ 28, Marx 2022), used when c is not available. */
  readonly publishedCutoff: {
    readonly value: number;
    /** How a score compares with `value` on the functional side. */
    readonly functional: Comparator;
    readonly source: string;
    readonly evidence: PublishedValue['evidence'];
    readonly note: string | null;
    readonly functionalBefore: boolean;
    readonly functionalAfter: boolean;
  } | null;
  /** Jacobson–Truax category when computable, else from the published threshold, else null. */
  readonly category: ChangeCategory | null;
  readonly categoryBasis: 'jacobson-truax' | 'published-threshold' | null;
  /** Which cut-off decided "recovered": Jacobson–Truax c, the published cut-off, or none. */
  readonly recoveryCutoff: 'jacobson-truax-c' | 'published' | null;
  readonly notes: readonly string[];
}

/**
 * Change between two totals of one instrument, with every constant taken from
 * the definition's cited `change` constants and never invented here.
 *
 * @example
 * const phq9 = getInstrument('phq-9')!;
 * const result = changeForInstrument(phq9, 18, 8);
 * if (result.ok) result.value.category; // 'recovered'
 */
export function changeForInstrument(
  definition: InstrumentDefinition,
  before: unknown,
  after: unknown,
): ChangeResult<InstrumentChange> {
  const { min, max } = definition.total;
  const errors = [
    checkScore('before', before, min, max),
    checkScore('after', after, min, max),
  ].filter((error): error is ChangeInputError => error !== null);
  if (errors.length > 0 || typeof before !== 'number' || typeof after !== 'number') {
    return { ok: false, errors };
  }
  const constants = definition.change;
  const direction = definition.betterDirection;
  const notes: string[] = [];

  const cutoffs =
    constants.clinical && constants.normative
      ? {
          ...jacobsonTruaxCutoffs(constants.clinical, constants.normative, direction),
          used: 'c' as const,
          clinical: cite(constants.clinical),
          normative: cite(constants.normative),
        }
      : null;
  const cited = constants.clinicalCutoff;
  const publishedCutoff = cited
    ? {
        value: cited.value,
        functional: cited.functional,
        source: cited.source,
        evidence: cited.evidence,
        note: cited.note ?? null,
        functionalBefore: meets(before, cited.functional, cited.value),
        functionalAfter: meets(after, cited.functional, cited.value),
      }
    : null;
  if (!cutoffs && !publishedCutoff) {
    notes.push(
      'No cited clinical and normative samples nor a published cut-off: "recovered" cannot be assessed.',
    );
  }

  let jacobsonTruax: InstrumentChange['jacobsonTruax'] = null;
  let category: ChangeCategory | null = null;
  if (constants.reliability && constants.clinical) {
    const classified = classifyJacobsonTruax({
      before,
      after,
      sd: constants.clinical.sd,
      reliability: constants.reliability.value,
      betterDirection: direction,
      cutoff: cutoffs?.c ?? null,
    });
    jacobsonTruax = {
      sd: constants.clinical.sd,
      reliability: constants.reliability.value,
      reliabilityKind: constants.reliability.kind,
      sDiff: classified.sDiff,
      rci: classified.rci,
      criticalValue: JACOBSON_TRUAX_CRITICAL_VALUE,
      thresholdPoints: classified.thresholdPoints,
      direction: classified.direction,
      sources: [
        ...new Set([
          ...JACOBSON_TRUAX_FORMULA_SOURCES,
          constants.reliability.source,
          constants.clinical.source,
        ]),
      ],
    };
    category = classified.category;
  } else {
    notes.push(
      'No cited reliability and clinical SD: the Jacobson–Truax index cannot be computed.',
    );
  }

  const published = constants.reliableChange;
  const publishedReliableChange = published
    ? {
        points: published.value,
        direction: directionByPoints(after - before, published.value, direction),
        source: published.source,
        evidence: published.evidence,
        note: published.note ?? null,
      }
    : null;
  let categoryBasis: InstrumentChange['categoryBasis'] = category ? 'jacobson-truax' : null;
  if (!category && publishedReliableChange) {
    category = publishedReliableChange.direction;
    categoryBasis = 'published-threshold';
  }

  let recoveryCutoff: InstrumentChange['recoveryCutoff'] = cutoffs ? 'jacobson-truax-c' : null;
  if (!cutoffs && publishedCutoff) {
    // Recovered = reliable improvement that ends on the functional side of the
    // published cut-off having started outside it: Jacobson–Truax's logic with
    // the published value in place of c.
    recoveryCutoff = 'published';
    const crossed = !publishedCutoff.functionalBefore && publishedCutoff.functionalAfter;
    if (category === 'improved' && crossed) category = 'recovered';
  }

  return {
    ok: true,
    value: {
      instrument: definition.id,
      before,
      after,
      change: after - before,
      betterDirection: direction,
      jacobsonTruax,
      cutoffs,
      publishedReliableChange,
      publishedCutoff,
      category,
      categoryBasis,
      recoveryCutoff,
      notes,
    },
  };
}

/**
 * Direction of a change judged by a published threshold in points, read as
 * "a change of N points or more" (NCT05134103: "6 or more").
 *
 * @example directionByPoints(+6, 6, 'lower') // 'deteriorated'
 */
export function directionByPoints(
  change: number,
  points: number,
  betterDirection: 'lower' | 'higher',
): ChangeDirection {
  const towardsBetter = betterDirection === 'lower' ? -change : change;
  if (towardsBetter >= points) return 'improved';
  if (towardsBetter <= -points) return 'deteriorated';
  return 'unchanged';
}

function meets(score: number, comparator: Comparator, value: number): boolean {
  switch (comparator) {
    case 'atLeast':
      return score >= value;
    case 'atMost':
      return score <= value;
    case 'below':
      return score < value;
  }
}

function cite(norm: Norm): CitedNorm {
  return { mean: norm.mean, sd: norm.sd, sample: norm.sample, source: norm.source };
}
