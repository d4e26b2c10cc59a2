import type { ColumnType } from 'kysely';
import type { Timestamp } from './column-types.ts';
import type { EntryVisibility } from './schema-client-entries.ts';

/**
 * Behavioural activation: activities the client plans on a day of their own
 * calendar, with how much mastery and pleasure they expect (0–10), then rate
 * afterwards. A client-authored entry: private or shared, read through
 * modules/access/visible-entries.ts; the words are sealed bytea
 * (crypto/encrypted-columns.ts).
 */
export type ActivityStatus = 'planned' | 'done' | 'not-done';

export interface ActivitiesTable {
  practice_id: string;
  id: string;
  client_id: string;
  /** Sealed: what the activity is. */
  title: Buffer;
  /** A calendar date in the client's zone, read as 'YYYY-MM-DD' (db/type-parsers.ts). */
  planned_on: string;
  /** 'HH:MM' on that day, or null for "some time that day". */
  planned_time: string | null;
  predicted_mastery: number;
  predicted_pleasure: number;
  status: ActivityStatus;
  /** The day it was done (client's calendar), with a 'done' answer only. */
  done_on: ColumnType<string | null, string | null | undefined, string | null>;
  actual_mastery: number | null;
  actual_pleasure: number | null;
  /** Sealed: how it went, or what got in the way. */
  after_note: Buffer | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  rated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}
