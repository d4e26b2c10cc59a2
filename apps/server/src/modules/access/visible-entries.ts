import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from './require-access.ts';

/**
 * The one place a client-authored entry is read from and its visibility
 * changed. Every list, count, summary and export of entries starts from
 * `visibleEntries`, with a scope only the policy can make, so a private entry
 * never reaches anyone but the client: the filter is applied by the scope, not
 * remembered by each query. A new kind of entry adds its table to
 * `EntryTable` (it needs practice_id, client_id, id, visibility and
 * visibility_changed_at).
 */
export type EntryTable =
  | 'check_ins'
  | 'journal_entries'
  | 'worksheet_entries'
  | 'skill_practices'
  | 'shared_insights'
  | 'exposure_practices'
  | 'client_values'
  | 'activities';

type EntryScope = ClientScope<'client.entries.read'>;

export function visibleEntries<T extends EntryTable>(
  db: Kysely<DB>,
  table: T,
  scope: EntryScope,
): SelectQueryBuilder<DB, T, object> {
  // Built on the union of entry tables (the columns used here are common to all), then
  // handed back typed as the one table asked for.
  const anyEntryTable: EntryTable = table;
  const ofClient = db
    .selectFrom(anyEntryTable)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  const visible =
    scope.entryVisibility === 'every-entry'
      ? ofClient
      : ofClient.where('visibility', '=', 'shared');
  return visible;
}

/**
 * The client makes one of their entries private or shared; private hides it
 * from the care team at the next read. False when it is no entry of theirs.
 */
export async function setEntryVisibility(
  db: Kysely<DB>,
  table: EntryTable,
  scope: ClientScope<'client.entries.write'>,
  id: string,
  visibility: EntryVisibility,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ visibility, visibility_changed_at: now })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
