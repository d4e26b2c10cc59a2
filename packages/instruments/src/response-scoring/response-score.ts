import type { BandRef, ScaleResult } from '../definition/types.ts';
import type { ImportedScore } from '../fhir-import/score-questionnaire-response.ts';
import type { QuestionnaireIdentity } from './questionnaire-reference.ts';

/** A critical item answered positively, with the answer that raised it. */
export interface CriticalAnswer {
  /** The built-in item id, e.g. `9` for PHQ-9's item on thoughts of self-harm. */
  readonly itemId: string;
  /** The item's linkId in the Questionnaire the response answers (`/44260-8` in LHC-Forms' PHQ-9). */
  readonly linkId: string;
  /** The option value given, as printed on the form. */
  readonly value: number;
  /** Where the answer is in the response. */
  readonly path: string;
}

/** One answer and what it scored. */
export interface AnswerScore {
  readonly linkId: string;
  /** The built-in item id, or null for a Questionnaire scored by its own FHIRPath. */
  readonly itemId: string | null;
  /** The option value as printed on the form; null when not a built-in instrument. */
  readonly value: number | null;
  /** What the answer adds to the total (reversed where the item is); null when unscored. */
  readonly score: number | null;
  readonly path: string;
}

/**
 * A scored QuestionnaireResponse. `valid: false` is still a result, not a
 * problem: the response was well-formed but cannot be totalled (too many
 * items left out), and its critical answers are reported all the same.
 */
export interface ResponseScore {
  /**
   * `built-in`: a built-in instrument (asked for by id, or Tandem's own export);
   * `recognised`: another Questionnaire recognised as a built-in one by its LOINC codes;
   * `imported`: any other Questionnaire, totalled by its own FHIRPath.
   */
  readonly scoredAs: 'built-in' | 'recognised' | 'imported';
  /** The built-in instrument id the answers were scored as; null when imported. */
  readonly instrument: string | null;
  /** The Questionnaire the response answers. */
  readonly questionnaire: QuestionnaireIdentity;
  /** Exact (prorated totals are not rounded). */
  readonly total: number | null;
  readonly band: BandRef | null;
  readonly prorated: boolean;
  readonly valid: boolean;
  readonly reason: string | null;
  readonly subscales: Readonly<Record<string, ScaleResult>>;
  readonly caseness: boolean | null;
  readonly indications: Readonly<Record<string, boolean | null>>;
  readonly critical: readonly CriticalAnswer[];
  readonly answers: readonly AnswerScore[];
  /** Item ids (built-in) or required linkIds (imported) left unanswered. */
  readonly missing: readonly string[];
  /** For an imported Questionnaire, the FHIRPath particulars (stated totals and more). */
  readonly imported: ImportedScore | null;
}
