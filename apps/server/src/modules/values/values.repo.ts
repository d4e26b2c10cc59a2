import type { Kysely } from 'kysely';
import type { ClientValuesKind, DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';

export interface ValuesRow {
  id: string;
  kind: ClientValuesKind;
  content: Buffer;
  version: number;
  updatedAt: Date;
  visibility: EntryVisibility;
}

/**
 * The client's values and strengths rows that this reader may see (the
 * client: both; the care team: the shared ones). With `kind` and `lock`, the
 * one row of that kind, locked for a save.
 */
export async function valuesRowsOf(
  db: Kysely<DB>,
  scope: ClientScope<'client.entries.read'>,
  options: { kind?: ClientValuesKind; lock?: boolean } = {},
): Promise<ValuesRow[]> {
  let query = visibleEntries(db, 'client_values', scope).select([
    'id',
    'kind',
    'content',
    'version',
    'updated_at',
    'visibility',
  ]);
  if (options.kind !== undefined) query = query.where('kind', '=', options.kind);
  if (options.lock) query = query.forUpdate();
  const rows = await query.orderBy('kind').execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    content: row.content,
    version: row.version,
    updatedAt: row.updated_at,
    visibility: row.visibility,
  }));
}

/** The first save of this kind; false when one was made meanwhile (then save over it). */
export async function insertValuesRow(
  db: Kysely<DB>,
  scope: ClientScope<'client.entries.write'>,
  row: {
    id: string;
    kind: ClientValuesKind;
    content: Buffer;
    visibility: EntryVisibility;
    now: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('client_values')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      kind: row.kind,
      content: row.content,
      version: 1,
      created_at: row.now,
      updated_at: row.now,
      visibility: row.visibility,
      visibility_changed_at: row.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateValuesContent(
  db: Kysely<DB>,
  scope: ClientScope<'client.entries.write'>,
  row: { id: string; content: Buffer; version: number; now: Date },
): Promise<void> {
  await db
    .updateTable('client_values')
    .set({ content: row.content, version: row.version, updated_at: row.now })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', row.id)
    .execute();
}
