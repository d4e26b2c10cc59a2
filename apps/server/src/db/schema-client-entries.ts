import type { ColumnType } from 'kysely';
import type { Timestamp } from './column-types.ts';

/**
 * Table types of what clients write between sessions: check-ins, journal,
 * shared insights, recorded sessions, the living documents (plans) and their
 * versions, worksheets and skill practices. Free text is sealed bytea
 * (crypto/encrypted-columns.ts); visibility is read through
 * modules/access/visible-entries.ts.
 */
export type EntryVisibility = 'private' | 'shared';

export interface CheckInsTable {
  practice_id: string;
  id: string;
  client_id: string;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  mood: number;
  /** numeric(3,1): read as a string by pg, written as a number. */
  sleep_hours: ColumnType<string | null, number | null, number | null>;
  emotions: ColumnType<unknown, string, string>;
  tags: ColumnType<unknown, string, string>;
  note: Buffer | null;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}

export interface JournalEntriesTable {
  practice_id: string;
  id: string;
  client_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  body: Buffer;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}

export interface SharedInsightsTable {
  practice_id: string;
  id: string;
  client_id: string;
  factor_id: string;
  snapshot: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}

export interface TherapySessionsTable {
  practice_id: string;
  id: string;
  client_id: string;
  /** A calendar date, read as 'YYYY-MM-DD' (db/type-parsers.ts). */
  held_on: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export type LivingDocumentKind = 'safety-plan' | 'coping-plan';

export interface LivingDocumentsTable {
  practice_id: string;
  id: string;
  client_id: string;
  kind: LivingDocumentKind;
  version: number;
  content: Buffer;
  updated_at: Timestamp;
  updated_by: string;
}

export interface LivingDocumentVersionsTable {
  practice_id: string;
  id: string;
  document_id: string;
  version: number;
  content: Buffer;
  edited_at: Timestamp;
  edited_by: string;
}

/** A worksheet (the thought record, …): answers sealed, ratings as bare numbers. */
export interface WorksheetEntriesTable {
  practice_id: string;
  id: string;
  client_id: string;
  worksheet_key: string;
  worksheet_version: string;
  recorded_at: Timestamp;
  answers: Buffer;
  ratings: ColumnType<unknown, string, string>;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}

/** One practice of a skill: distress (SUDS 0–100) before and after. */
export interface SkillPracticesTable {
  practice_id: string;
  id: string;
  client_id: string;
  skill_key: string;
  practiced_at: Timestamp;
  recorded_at: Timestamp;
  suds_before: number;
  suds_after: number;
  note: Buffer | null;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}
