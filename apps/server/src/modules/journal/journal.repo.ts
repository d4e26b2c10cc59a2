import type { Kysely } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';

export interface JournalRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  /** Sealed (crypto/field-cipher.ts). */
  body: Buffer;
  visibility: EntryVisibility;
}

type ReadScope = ClientScope<'client.entries.read'>;
type WriteScope = ClientScope<'client.entries.write'>;

const columns = ['id', 'created_at', 'updated_at', 'body', 'visibility'] as const;

function rowOf(row: {
  id: string;
  created_at: Date;
  updated_at: Date;
  body: Buffer;
  visibility: EntryVisibility;
}): JournalRow {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    body: row.body,
    visibility: row.visibility,
  };
}

/** False when the id is already taken. */
export async function insertJournalEntry(
  db: Kysely<DB>,
  scope: WriteScope,
  entry: { id: string; body: Buffer; visibility: EntryVisibility; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('journal_entries')
    .values({
      practice_id: scope.practiceId,
      id: entry.id,
      client_id: scope.clientId,
      created_at: entry.now,
      updated_at: entry.now,
      body: entry.body,
      visibility: entry.visibility,
      visibility_changed_at: entry.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function journalEntryById(
  db: Kysely<DB>,
  scope: ReadScope,
  id: string,
): Promise<JournalRow | undefined> {
  const row = await visibleEntries(db, 'journal_entries', scope)
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowOf(row) : undefined;
}

export async function journalEntriesOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; since?: Date },
): Promise<JournalRow[]> {
  let query = visibleEntries(db, 'journal_entries', scope).select(columns);
  if (options.since) query = query.where('created_at', '>=', options.since);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

export async function updateJournalEntry(
  db: Kysely<DB>,
  scope: WriteScope,
  id: string,
  change: { body: Buffer; visibility: EntryVisibility; visibilityChanged: boolean; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('journal_entries')
    .set({
      body: change.body,
      visibility: change.visibility,
      updated_at: change.now,
      ...(change.visibilityChanged ? { visibility_changed_at: change.now } : {}),
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
