// The shape of a built-in instrument. Every value in a definition comes from a
// published source named in `sources`; the README of each instrument folder says
// which source backs which value.

/** How strong the evidence for a value is (see INSTRUMENT-FACTS.md markers). */
export type Evidence = 'primary' | 'secondary';

export interface SourceCitation {
  /** Short stable key used by the facts in this definition, e.g. `NHSDD_PHQ9`. */
  readonly key: string;
  readonly citation: string;
  readonly url?: string;
}

/** One response option, value and label exactly as published. */
export interface AnswerOption {
  readonly value: number;
  readonly label: string;
}

export interface ItemDefinition {
  /** Stable id, never derived from wording: the item's number in the published form. */
  readonly id: string;
  readonly text: string;
  readonly options: readonly AnswerOption[];
  /**
   * Reverse-scored: the item contributes (lowest option + highest option − answer).
   * Answers are always stored as the published option value, never pre-reversed.
   */
  readonly reverse: boolean;
  /** False for items asked but not counted in any score (PHQ-9 item 10). */
  readonly scored: boolean;
  /** LOINC code, only when verified in a primary or authoritative source (see `secondaryLoinc`). */
  readonly loinc?: string;
}

/**
 * A LOINC code found only in secondary sources (marked ◐ or ⚠ in
 * INSTRUMENT-FACTS.md). It is recorded so that someone can check it, and
 * never shipped as a code: not in `loinc`, not in the exported Questionnaire.
 */
export interface SecondaryLoinc {
  readonly code: string;
  /** What it would code: `panel`, `total`, or an item id. */
  readonly codes: string;
  /** Source key in the definition's `sources`. */
  readonly source: string;
  readonly why: string;
}

export interface Band {
  readonly id: string;
  readonly label: string;
  /** Published inclusive integer bounds; a total belongs to the band when min ≤ total < next band's min. */
  readonly min: number;
  readonly max: number;
}

/** A score: the total or a subscale. Value = (sum of item scores) × multiplier. */
export interface ScaleDefinition {
  readonly id: string;
  readonly label: string;
  readonly items: readonly string[];
  /** 1 normally; 2 for DASS-21 (DASS-42 metric); 4 for the WHO-5 percentage. */
  readonly multiplier: number;
  readonly min: number;
  readonly max: number;
  /** Contiguous, ascending; empty when no bands are published. */
  readonly bands: readonly Band[];
  readonly source?: string;
}

export type Comparator = 'atLeast' | 'atMost' | 'below';

/** A published cut-off on one scale (`total` or a subscale id). */
export interface Threshold {
  readonly scale: string;
  readonly comparator: Comparator;
  readonly value: number;
}

export type Sex = 'female' | 'male';

export type CasenessRule =
  | { readonly kind: 'threshold'; readonly threshold: Threshold; readonly source: string }
  /** Different published cut-offs by sex (AUDIT-C): caseness needs the sex, else null. */
  | {
      readonly kind: 'by-sex';
      readonly thresholds: Readonly<Record<Sex, Threshold>>;
      readonly source: string;
    };

/** A screening indication reported besides bands; never a diagnosis. */
export type IndicationRule =
  | {
      readonly kind: 'threshold';
      readonly id: string;
      readonly label: string;
      readonly threshold: Threshold;
      readonly source: string;
    }
  | {
      /** PCL-5 DSM-5 symptom pattern: per cluster, at least `minEndorsed` items scored ≥ `endorsedAtLeast`. */
      readonly kind: 'cluster-pattern';
      readonly id: string;
      readonly label: string;
      readonly endorsedAtLeast: number;
      readonly clusters: readonly { readonly scale: string; readonly minEndorsed: number }[];
      readonly source: string;
    };

export interface CriticalItemRule {
  readonly itemId: string;
  /** The item is positive when its answer value is at least this. */
  readonly atLeast: number;
  readonly why: string;
  readonly source: string;
}

export type MissingItemRule =
  | { readonly kind: 'none'; readonly note: string; readonly source?: string }
  | {
      /** Missing scored items are replaced by the mean score of the answered ones. */
      readonly kind: 'mean-substitution';
      readonly maxMissing: number;
      readonly source: string;
    };

export interface PublishedValue {
  readonly value: number;
  readonly source: string;
  readonly evidence: Evidence;
  readonly note?: string;
}

export interface Norm {
  readonly mean: number;
  readonly sd: number;
  readonly sample: string;
  readonly source: string;
  readonly evidence: Evidence;
}

/** Constants for Jacobson–Truax and service change metrics, each cited. */
export interface ChangeConstants {
  readonly reliability?: PublishedValue & { readonly kind: 'alpha' | 'test-retest' };
  readonly clinical?: Norm;
  readonly normative?: Norm;
  /** A reliable-change threshold in points published for the instrument. */
  readonly reliableChange?: PublishedValue;
  /**
   * A published clinical-significance cut-off for a post-treatment score, with
   * the side that counts as functional (e.g. PCL-5: a score of 28 or less).
   */
  readonly clinicalCutoff?: PublishedValue & { readonly functional: Comparator };
}

export type LicenceKind =
  'public-domain' | 'free' | 'cc-by-nd-4.0' | 'cc-by-nc-sa-3.0-igo' | 'conditional';

export interface Licence {
  readonly kind: LicenceKind;
  readonly text: string;
  readonly attribution: string;
  readonly url?: string;
}

export interface InstrumentDefinition {
  /** Stable id, e.g. `phq-9`. */
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  /** Version of this definition (bump on any change to items, scoring or bands). */
  readonly version: string;
  readonly stem: string;
  readonly items: readonly ItemDefinition[];
  /** Verified LOINC panel and total codes only. */
  readonly loinc?: { readonly panel?: string; readonly total?: string };
  /** Codes seen only in secondary sources: recorded for checking, not shipped. */
  readonly secondaryLoinc?: readonly SecondaryLoinc[];
  readonly total: ScaleDefinition;
  readonly subscales: readonly ScaleDefinition[];
  readonly caseness: CasenessRule | null;
  readonly indications: readonly IndicationRule[];
  readonly criticalItems: readonly CriticalItemRule[];
  readonly missingItems: MissingItemRule;
  readonly betterDirection: 'lower' | 'higher';
  readonly change: ChangeConstants;
  readonly licence: Licence;
  /** Free instruments are on; conditional ones stay off until a practice admin accepts the licence. */
  readonly enabledByDefault: boolean;
  readonly sources: readonly SourceCitation[];
}

export interface BandRef {
  readonly id: string;
  readonly label: string;
}

export interface ScaleResult {
  readonly total: number | null;
  readonly band: BandRef | null;
}

export interface ScoreResult {
  readonly instrument: string;
  /** Exact value; prorated totals are not rounded. */
  readonly total: number | null;
  readonly band: BandRef | null;
  readonly prorated: boolean;
  readonly valid: boolean;
  /** Why the response cannot be scored (null when valid). */
  readonly reason: string | null;
  readonly subscales: Record<string, ScaleResult>;
  /** Ids of critical items answered positively. */
  readonly critical: string[];
  /** Null when not computable (invalid response, no published cut-off, or sex needed). */
  readonly caseness: boolean | null;
  /** Screening indications by rule id; null when not computable. */
  readonly indications: Record<string, boolean | null>;
  /** Scored items left unanswered (substituted when prorated). */
  readonly missing: string[];
}

export interface ScoreContext {
  /** Needed only by instruments with sex-specific cut-offs (AUDIT-C). */
  readonly sex?: Sex;
}

export type AnswerErrorCode =
  | 'UNKNOWN_ITEM'
  | 'VALUE_NOT_A_NUMBER'
  | 'VALUE_NOT_INTEGER'
  | 'VALUE_OUT_OF_RANGE'
  | 'VALUE_NOT_AN_OPTION';

export interface AnswerError {
  readonly code: AnswerErrorCode;
  readonly itemId: string;
  readonly message: string;
}

/** Answers by item id; null or undefined means unanswered. */
export type Answers = Readonly<Record<string, number | null | undefined>>;
