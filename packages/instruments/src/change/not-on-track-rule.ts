// The "not on track" rule's parameters and its default for PHQ-9 and GAD-7:
// the recommended rational rule of ../shared/clinical/NOT-ON-TRACK.md §4
// (R1 reliable deterioration, R2 early non-response, R3 inadequate response,
// the Schueller cut points, the "clear" state), built only from figures that
// report read in a retrieved source; nothing marked UNVERIFIED there is used.
// Every default is cited beside it; the keys are in NOT_ON_TRACK_SOURCES.
import { NHS_TALKING_THERAPIES_THRESHOLDS } from './nhs-talking-therapies.ts';

/** A score at or above which a client is not on track from a given week on. */
export interface CutPoint {
  readonly fromWeek: number;
  readonly atLeast: number;
}

/**
 * One measure's rule. A practice may change any value (validate it with
 * `validateNotOnTrackRule`); weeks count from the baseline score's date.
 */
export interface NotOnTrackRule {
  /** R1, red, at any time: the latest score is at least `points` above baseline. */
  readonly reliableDeterioration: { readonly enabled: boolean; readonly points: number };
  /**
   * The clinical range: R2, R3 and the cut points apply only to a baseline at
   * or above it, and a latest score below it is on track ("clear").
   */
  readonly caseness: number;
  /** Follow-up scores needed before any flag but reliable deterioration. */
  readonly minimumFollowUps: number;
  /** R2, amber: from `fromWeek`, the latest score is less than `minimumImprovement` below baseline. */
  readonly earlyNonResponse: {
    readonly enabled: boolean;
    readonly fromWeek: number;
    readonly minimumImprovement: number;
  };
  /**
   * R3, red: from `fromWeek`, the latest score is less than
   * `minimumReductionPercent` below baseline and still at caseness. A
   * reduction of at least that much is on track ("responded") at any time.
   */
  readonly inadequateResponse: {
    readonly enabled: boolean;
    readonly fromWeek: number;
    readonly minimumReductionPercent: number;
  };
  /**
   * Absolute scores that predict non-response, each from its week on until
   * the next one's (amber before R3's week, red from it).
   */
  readonly cutPoints: { readonly enabled: boolean; readonly points: readonly CutPoint[] };
}

/** Where each default comes from, and how strong the evidence is. */
export interface DefaultCitation {
  readonly parameter: string;
  readonly sources: readonly string[];
  readonly evidence: 'primary' | 'secondary' | 'product choice';
  readonly note: string;
}

const nhs = NHS_TALKING_THERAPIES_THRESHOLDS;

/** Response = a reduction of 50 % or more (ICSI; NCQA/HEDIS, DOI 10.1176/appi.ps.201900295). */
const RESPONSE_PERCENT = 50;
/** Review non-responders at 8 weeks (ICSI: 8–10 weeks for psychotherapy; Washington CoCM: by week 8). */
const LATE_REVIEW_WEEK = 8;
/** Early improvement is typically seen in the first 4 weeks (Beard & Delgadillo 2019). */
const EARLY_REVIEW_WEEK = 4;
/** NOT-ON-TRACK.md §4, parameter 8: two follow-ups before a non-R1 flag (product choice). */
const MINIMUM_FOLLOW_UPS = 2;

const phq9Rule: NotOnTrackRule = {
  // NHS Talking Therapies reliable change, 6 points (secondary: NCT05134103, cbtwatch;
  // Better Outcomes Now: "a difference of 6 or more points").
  reliableDeterioration: { enabled: true, points: nhs.phq9.reliableChange },
  // NHS Data Dictionary: PHQ-9 cut-off 9, so 10 or more is caseness.
  caseness: nhs.phq9.caseness,
  minimumFollowUps: MINIMUM_FOLLOW_UPS,
  // MCID of the PHQ-9: 5 points (Löwe, Unützer, Callahan, Perkins & Kroenke 2004).
  earlyNonResponse: { enabled: true, fromWeek: EARLY_REVIEW_WEEK, minimumImprovement: 5 },
  inadequateResponse: {
    enabled: true,
    fromWeek: LATE_REVIEW_WEEK,
    minimumReductionPercent: RESPONSE_PERCENT,
  },
  // Schueller, Kwasny, Dear, Titov & Mohr 2015: PHQ-9 ≥ 17 at week 4, ≥ 13 at week 9, ≥ 9 at week 14.
  cutPoints: {
    enabled: true,
    points: [
      { fromWeek: 4, atLeast: 17 },
      { fromWeek: 9, atLeast: 13 },
      { fromWeek: 14, atLeast: 9 },
    ],
  },
};

const gad7Rule: NotOnTrackRule = {
  // NHS Talking Therapies reliable change, 4 points (secondary: NCT05134103, cbtwatch).
  reliableDeterioration: { enabled: true, points: nhs.gad7.reliableChange },
  // NHS Data Dictionary: GAD-7 cut-off 7, so 8 or more is caseness.
  caseness: nhs.gad7.caseness,
  minimumFollowUps: MINIMUM_FOLLOW_UPS,
  // MCID of the GAD-7: 4 points (Toussaint et al. 2020).
  earlyNonResponse: { enabled: true, fromWeek: EARLY_REVIEW_WEEK, minimumImprovement: 4 },
  inadequateResponse: {
    enabled: true,
    fromWeek: LATE_REVIEW_WEEK,
    minimumReductionPercent: RESPONSE_PERCENT,
  },
  // No published GAD-7 cut points of this kind were found.
  cutPoints: { enabled: false, points: [] },
};

const defaults: Readonly<Record<string, NotOnTrackRule>> = { 'phq-9': phq9Rule, 'gad-7': gad7Rule };

/**
 * The recommended default rule for an instrument (PHQ-9 and GAD-7), or null
 * when none is published: a practice must then configure one.
 *
 * @example defaultNotOnTrackRule('phq-9')?.caseness // 10
 */
export function defaultNotOnTrackRule(instrumentId: string): NotOnTrackRule | null {
  return defaults[instrumentId] ?? null;
}

/** The evidence behind each default, for the documentation and the result's `sources`. */
export const NOT_ON_TRACK_DEFAULT_CITATIONS: readonly DefaultCitation[] = [
  {
    parameter: 'reliableDeterioration.points',
    sources: ['NCT05134103', 'CBTWATCH', 'BON_RCI'],
    evidence: 'secondary',
    note: 'PHQ-9 6, GAD-7 4 (NHS Talking Therapies). A rise of the same size counting as reliable deterioration is standard usage; the Manual was not retrieved.',
  },
  {
    parameter: 'caseness',
    sources: ['NHSDD_PHQ9', 'NHSDD_GAD7'],
    evidence: 'primary',
    note: 'PHQ-9 10, GAD-7 8.',
  },
  {
    parameter: 'earlyNonResponse.fromWeek',
    sources: ['BEARD2019'],
    evidence: 'primary',
    note: 'Early improvement is "typically observed during the first 4 weeks" (abstract).',
  },
  {
    parameter: 'earlyNonResponse.minimumImprovement',
    sources: ['LOWE2004', 'TOUSSAINT2020'],
    evidence: 'primary',
    note: 'Minimal clinically important difference: PHQ-9 5 points (Löwe 2004), GAD-7 4 points (Toussaint 2020), both read in the abstracts.',
  },
  {
    parameter: 'inadequateResponse.minimumReductionPercent',
    sources: ['ICSI_DEPRESSION', 'NCQA_RESPONSE'],
    evidence: 'primary',
    note: 'Response = a reduction of 50 % or more.',
  },
  {
    parameter: 'inadequateResponse.fromWeek',
    sources: ['ICSI_DEPRESSION', 'WA_COCM'],
    evidence: 'primary',
    note: 'ICSI: a decision on psychotherapy "may require 8 to 10 weeks"; Washington CoCM: consultation for patients not responding by week 8.',
  },
  {
    parameter: 'cutPoints.points',
    sources: ['SCHUELLER2015'],
    evidence: 'primary',
    note: 'PHQ-9 ≥ 17 at week 4, ≥ 13 at week 9, ≥ 9 at week 14 predict non-response. Applying each from its week on (until the next) is our reading.',
  },
  {
    parameter: 'minimumFollowUps',
    sources: ['NOT_ON_TRACK_REPORT'],
    evidence: 'product choice',
    note: 'Two follow-ups before any flag but reliable deterioration: a product choice recommended in the report, not evidence.',
  },
];
