import type { Kysely } from 'kysely';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';
import type { Insight } from './mood-insights.ts';

export type InsightSnapshot = Omit<Insight, 'id'>;

export interface SharedInsightRow {
  id: string;
  factorId: string;
  snapshot: InsightSnapshot;
  createdAt: Date;
  visibility: EntryVisibility;
}

type ReadScope = ClientScope<'client.entries.read'>;
type WriteScope = ClientScope<'client.entries.write'>;

const columns = ['id', 'factor_id', 'snapshot', 'created_at', 'visibility'] as const;

function rowOf(row: {
  id: string;
  factor_id: string;
  snapshot: unknown;
  created_at: Date;
  visibility: EntryVisibility;
}): SharedInsightRow {
  return {
    id: row.id,
    factorId: row.factor_id,
    snapshot: row.snapshot as InsightSnapshot,
    createdAt: row.created_at,
    visibility: row.visibility,
  };
}

export async function insertSharedInsight(
  db: Kysely<DB>,
  scope: WriteScope,
  row: { id: string; factorId: string; snapshot: InsightSnapshot; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('shared_insights')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      factor_id: row.factorId,
      snapshot: JSON.stringify(row.snapshot),
      created_at: row.now,
      visibility: 'shared',
      visibility_changed_at: row.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function sharedInsightsOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { since?: Date; id?: string } = {},
): Promise<SharedInsightRow[]> {
  let query = visibleEntries(db, 'shared_insights', scope).select(columns);
  if (options.since) query = query.where('created_at', '>=', options.since);
  if (options.id) query = query.where('id', '=', options.id);
  const rows = await query.orderBy('created_at', 'desc').limit(200).execute();
  return rows.map(rowOf);
}
