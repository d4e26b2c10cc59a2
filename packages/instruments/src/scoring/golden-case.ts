// Shape of the golden case files (src/instruments/<id>/golden.json). Kept
// beside the runner; only tests read these files.
import type { ScoreContext } from '../definition/types.ts';

export interface GoldenExpectation {
  readonly valid?: boolean;
  readonly total?: number | null;
  /** Band id, or null for "no band". */
  readonly band?: string | null;
  readonly prorated?: boolean;
  readonly reason?: string | null;
  readonly reasonIncludes?: string;
  readonly caseness?: boolean | null;
  readonly critical?: readonly string[];
  readonly missing?: readonly string[];
  readonly subscales?: Readonly<
    Record<string, { readonly total: number | null; readonly band?: string | null }>
  >;
  readonly indications?: Readonly<Record<string, boolean | null>>;
}

export interface GoldenCase {
  readonly name: string;
  readonly answers: Readonly<Record<string, number | null>>;
  readonly context?: ScoreContext;
  readonly expect: GoldenExpectation;
}

export interface GoldenFile {
  readonly instrument: string;
  /** The published sources the expectations were taken from. */
  readonly source: string;
  readonly cases: readonly GoldenCase[];
}
