import { checkScore, type ChangeInputError, type ChangeResult } from './change-result.ts';

// NHS Talking Therapies for anxiety and depression (formerly IAPT) paired
// outcomes for PHQ-9 with GAD-7 (INSTRUMENT-FACTS.md §18.3):
// - caseness PHQ-9 ≥ 10 (NHS Data Dictionary: "cut off score … is 9") and
//   GAD-7 ≥ 8 (NHS Data Dictionary: "cut off … is 7"), primary, verified;
// - reliable change PHQ-9 6 points, GAD-7 4 points: secondary (trial
//   registration NCT05134103 and cbtwatch.com agree; the Manual itself was not
//   retrieved);
// - recovery, reliable improvement, reliable recovery: NHS Digital outcome
//   definitions (NHSD_OUTCOMES), verified; the "no reliable deterioration on the
//   other measure" clause of reliable improvement is standard IAPT usage, secondary;
// - mixed case (one measure reliably better, the other reliably worse): counted
//   as NO reliable change, mirroring the improvement rule. This is INFERRED, not
//   read in the Manual or the Technical Output Specification; it is reported
//   with `mixed: true` so a reader can see it and decide.

export const NHS_TALKING_THERAPIES_THRESHOLDS = {
  phq9: { caseness: 10, reliableChange: 6, max: 27, casenessSource: 'NHSDD_PHQ9' },
  gad7: { caseness: 8, reliableChange: 4, max: 21, casenessSource: 'NHSDD_GAD7' },
  reliableChangeSources: ['NCT05134103', 'CBTWATCH'],
  definitionSources: ['NHSD_OUTCOMES', 'FINGERTIPS'],
  mixedCaseRule:
    'One measure reliably improved and the other reliably deteriorated: neither reliable improvement nor reliable deterioration (inferred from the improvement rule; to be confirmed in the NHS Talking Therapies Manual).',
} as const;

export interface PairedScores {
  readonly first: number;
  readonly last: number;
}

export interface MeasureOutcome {
  readonly first: number;
  readonly last: number;
  readonly change: number;
  readonly casenessFirst: boolean;
  readonly casenessLast: boolean;
  /** Fell by at least the reliable-change threshold. */
  readonly reliablyImproved: boolean;
  /** Rose by at least the reliable-change threshold. */
  readonly reliablyDeteriorated: boolean;
}

export interface NhsTalkingTherapiesOutcome {
  readonly phq9: MeasureOutcome;
  readonly gad7: MeasureOutcome;
  /** PHQ-9 or GAD-7 at or above caseness at the first score. */
  readonly casenessAtStart: boolean;
  readonly casenessAtEnd: boolean;
  /** Null when not at caseness at the start: such referrals are excluded from recovery. */
  readonly recovery: boolean | null;
  readonly reliableImprovement: boolean;
  readonly reliableDeterioration: boolean;
  readonly noReliableChange: boolean;
  /** Null when not at caseness at the start. */
  readonly reliableRecovery: boolean | null;
  /** One measure reliably improved while the other reliably deteriorated. */
  readonly mixed: boolean;
  readonly notes: readonly string[];
}

/**
 * Paired PHQ-9 + GAD-7 outcome of one finished course of treatment (first
 * and last scores). Scores may be prorated (non-integer); they are compared
 * exactly, without rounding.
 *
 * @example
 * const result = nhsTalkingTherapiesOutcome({ phq9: { first: 16, last: 8 }, gad7: { first: 12, last: 6 } });
 * if (result.ok) result.value.reliableRecovery; // true
 */
export function nhsTalkingTherapiesOutcome(input: {
  readonly phq9: PairedScores;
  readonly gad7: PairedScores;
}): ChangeResult<NhsTalkingTherapiesOutcome> {
  const t = NHS_TALKING_THERAPIES_THRESHOLDS;
  const errors = [
    checkScore('phq9.first', input.phq9.first, 0, t.phq9.max),
    checkScore('phq9.last', input.phq9.last, 0, t.phq9.max),
    checkScore('gad7.first', input.gad7.first, 0, t.gad7.max),
    checkScore('gad7.last', input.gad7.last, 0, t.gad7.max),
  ].filter((error): error is ChangeInputError => error !== null);
  if (errors.length > 0) return { ok: false, errors };

  const phq9 = measureOutcome(input.phq9, t.phq9);
  const gad7 = measureOutcome(input.gad7, t.gad7);
  const casenessAtStart = phq9.casenessFirst || gad7.casenessFirst;
  const casenessAtEnd = phq9.casenessLast || gad7.casenessLast;
  const anyImproved = phq9.reliablyImproved || gad7.reliablyImproved;
  const anyDeteriorated = phq9.reliablyDeteriorated || gad7.reliablyDeteriorated;
  const mixed = anyImproved && anyDeteriorated;
  const reliableImprovement = anyImproved && !anyDeteriorated;
  const reliableDeterioration = anyDeteriorated && !anyImproved;
  const recovery = casenessAtStart ? !casenessAtEnd : null;
  const notes: string[] = [];
  if (!casenessAtStart) {
    notes.push('Not at caseness at the first score: excluded from recovery (NHS Digital).');
  }
  if (mixed) notes.push(t.mixedCaseRule);
  return {
    ok: true,
    value: {
      phq9,
      gad7,
      casenessAtStart,
      casenessAtEnd,
      recovery,
      reliableImprovement,
      reliableDeterioration,
      noReliableChange: !reliableImprovement && !reliableDeterioration,
      reliableRecovery: recovery === null ? null : recovery && reliableImprovement,
      mixed,
      notes,
    },
  };
}

function measureOutcome(
  scores: PairedScores,
  thresholds: { readonly caseness: number; readonly reliableChange: number },
): MeasureOutcome {
  const change = scores.last - scores.first;
  return {
    first: scores.first,
    last: scores.last,
    change,
    casenessFirst: scores.first >= thresholds.caseness,
    casenessLast: scores.last >= thresholds.caseness,
    reliablyImproved: -change >= thresholds.reliableChange,
    reliablyDeteriorated: change >= thresholds.reliableChange,
  };
}
