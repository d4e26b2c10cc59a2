import type { ColumnType } from 'kysely';
import type { Timestamp } from './column-types.ts';
import type { EntryVisibility } from './schema-client-entries.ts';

/**
 * Exposure hierarchies (a living document of the client and their care team)
 * and exposure practices (client entries, private or shared). Words are sealed
 * bytea (crypto/encrypted-columns.ts).
 */
export interface ExposureHierarchiesTable {
  practice_id: string;
  id: string;
  client_id: string;
  /** Sealed JSON: the name and the ordered steps. */
  content: Buffer;
  version: number;
  retired: boolean;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
}

export interface ExposurePracticesTable {
  practice_id: string;
  id: string;
  client_id: string;
  hierarchy_id: string;
  step_id: string;
  practiced_at: Timestamp;
  recorded_at: Timestamp;
  suds_before: number;
  suds_peak: number;
  suds_after: number;
  readings: ColumnType<unknown, string, string>;
  minutes: number;
  outcome_came_true: number | null;
  /** Sealed JSON: safety behaviours, what was predicted, what happened. */
  words: Buffer | null;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}
