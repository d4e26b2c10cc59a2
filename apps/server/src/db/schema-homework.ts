import type { ColumnType } from 'kysely';
import type { Timestamp } from './column-types.ts';

/**
 * Homework: a therapist asks a client to use one of their tools before a date.
 * It is the care team's and the client's (never an admin's); the note, an
 * "other" task's words and the client's answer note are sealed bytea
 * (crypto/encrypted-columns.ts).
 */
export type HomeworkToolKind =
  | 'check-in'
  | 'journal'
  | 'worksheet'
  | 'skill'
  | 'exposure-practice'
  | 'goal-rating'
  | 'activities'
  | 'measure'
  | 'other';
export type HomeworkStatus = 'waiting' | 'done' | 'not-done' | 'cancelled';
export type HomeworkEntryKind =
  'check-in' | 'journal' | 'worksheet' | 'skill-practice' | 'exposure-practice' | 'activity';

export interface HomeworkTable {
  practice_id: string;
  id: string;
  client_id: string;
  assigned_by: string;
  tool_kind: HomeworkToolKind;
  /** The worksheet's or skill's key, or a measure's instrument id; null for the other kinds. */
  tool_key: string | null;
  /** Sealed: what to do, for an 'other' task; null for the other kinds. */
  other_task: Buffer | null;
  /** A calendar date in the client's zone, read as 'YYYY-MM-DD' (db/type-parsers.ts). */
  due_on: string;
  note: Buffer | null;
  status: HomeworkStatus;
  /** 1–5, "How helpful was it?", with a 'done' answer only. */
  helpfulness: number | null;
  /** Sealed: how it went, or why not this time. */
  answer_note: Buffer | null;
  linked_entry_kind: HomeworkEntryKind | null;
  linked_entry_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The goal it was set for (the same client's), if any (migration 0013). */
  goal_id: ColumnType<string | null, string | null | undefined, string | null>;
}
