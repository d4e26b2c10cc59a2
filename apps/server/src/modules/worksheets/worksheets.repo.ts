import type { Kysely } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';
import type { Rating } from './worksheet-answers.ts';

export interface WorksheetEntryRow {
  id: string;
  worksheetKey: string;
  worksheetVersion: string;
  recordedAt: Date;
  /** Sealed QuestionnaireResponse (crypto/field-cipher.ts); opened by the view. */
  answers: Buffer;
  ratings: Rating[];
  visibility: EntryVisibility;
}

type ReadScope = ClientScope<'client.entries.read'>;
type WriteScope = ClientScope<'client.entries.write'>;

const columns = [
  'id',
  'worksheet_key',
  'worksheet_version',
  'recorded_at',
  'answers',
  'ratings',
  'visibility',
] as const;

function rowOf(row: {
  id: string;
  worksheet_key: string;
  worksheet_version: string;
  recorded_at: Date;
  answers: Buffer;
  ratings: unknown;
  visibility: EntryVisibility;
}): WorksheetEntryRow {
  return {
    id: row.id,
    worksheetKey: row.worksheet_key,
    worksheetVersion: row.worksheet_version,
    recordedAt: row.recorded_at,
    answers: row.answers,
    ratings: row.ratings as Rating[],
    visibility: row.visibility,
  };
}

/** Stores a new entry; false when the id is taken (by an earlier entry of anyone in the practice). */
export async function insertWorksheetEntry(
  db: Kysely<DB>,
  scope: WriteScope,
  entry: WorksheetEntryRow,
): Promise<boolean> {
  const inserted = await db
    .insertInto('worksheet_entries')
    .values({
      practice_id: scope.practiceId,
      id: entry.id,
      client_id: scope.clientId,
      worksheet_key: entry.worksheetKey,
      worksheet_version: entry.worksheetVersion,
      recorded_at: entry.recordedAt,
      answers: entry.answers,
      ratings: JSON.stringify(entry.ratings),
      visibility: entry.visibility,
      visibility_changed_at: entry.recordedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function worksheetEntryById(
  db: Kysely<DB>,
  scope: ReadScope,
  id: string,
): Promise<WorksheetEntryRow | undefined> {
  const row = await visibleEntries(db, 'worksheet_entries', scope)
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowOf(row) : undefined;
}

/** Newest first; `since` bounds the window (the timeline). */
export async function worksheetEntriesOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; since?: Date },
): Promise<WorksheetEntryRow[]> {
  let query = visibleEntries(db, 'worksheet_entries', scope).select(columns);
  if (options.since) query = query.where('recorded_at', '>=', options.since);
  const rows = await query
    .orderBy('recorded_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

/** Replaces the sealed answers and the ratings of one of the client's own entries. */
export async function updateWorksheetAnswers(
  db: Kysely<DB>,
  scope: WriteScope,
  id: string,
  change: { answers: Buffer; ratings: Rating[] },
): Promise<void> {
  await db
    .updateTable('worksheet_entries')
    .set({ answers: change.answers, ratings: JSON.stringify(change.ratings) })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .execute();
}
