import type { DatedScore } from './dated-scores.ts';
import type { NotOnTrackRule } from './not-on-track-rule.ts';

export type NotOnTrackStatus = 'on-track' | 'not-on-track' | 'not-enough-data';

/** Why, as a stable code (the status follows from it). */
export type NotOnTrackCode =
  // not-on-track
  | 'reliable-deterioration'
  | 'inadequate-response'
  | 'early-non-response'
  | 'still-high'
  // on-track
  | 'below-caseness'
  | 'responded'
  | 'improving'
  | 'no-deterioration'
  | 'not-in-clinical-range'
  // not-enough-data
  | 'no-baseline'
  | 'no-follow-up'
  | 'too-early'
  | 'too-few-follow-ups';

export interface NotOnTrackResult {
  readonly instrument: string;
  readonly status: NotOnTrackStatus;
  /** Red for the rules that call for a case review, amber for early signs; null unless not on track. */
  readonly flag: 'red' | 'amber' | null;
  readonly code: NotOnTrackCode;
  /** One plain line, e.g. "Improved less than 5 points after 6 weeks (PHQ-9 14 → 13)". */
  readonly reason: string;
  /** The first scored response: the baseline. */
  readonly baseline: DatedScore | null;
  /** The latest scored response: the one judged. */
  readonly latest: DatedScore | null;
  readonly daysSinceBaseline: number | null;
  /** Follow-up scores after the baseline. */
  readonly followUps: number;
  /** The parameters in force, to be recorded with the flag. */
  readonly rule: NotOnTrackRule;
}

/** What a verdict needs besides the series: the parameter behind the reason. */
export interface Verdict {
  readonly code: NotOnTrackCode;
  readonly flag: 'red' | 'amber' | null;
  /** The threshold or week the reason quotes. */
  readonly threshold: number | null;
}
