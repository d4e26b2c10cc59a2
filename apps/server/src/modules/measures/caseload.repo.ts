import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CaseloadScope } from '../access/require-access.ts';

export interface StatusRow {
  clientId: string;
  instrumentId: string;
  latestTotal: number;
  latestBand: string | null;
  latestAt: Date;
  changeCategory: string | null;
  notOnTrack: 'on-track' | 'not-on-track' | 'not-enough-data' | null;
  notOnTrackReason: string | null;
}

/** Each listed client's standing on each measure (one row per client and measure). */
export async function measureStatuses(
  db: Kysely<DB>,
  scope: CaseloadScope,
  clientIds: readonly string[],
): Promise<StatusRow[]> {
  if (clientIds.length === 0) return [];
  const rows = await db
    .selectFrom('measure_status')
    .select([
      'client_id',
      'instrument_id',
      'latest_total',
      'latest_band',
      'latest_at',
      'change_category',
      'not_on_track',
      'not_on_track_reason',
    ])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', 'in', clientIds)
    .orderBy('instrument_id')
    .execute();
  return rows.map((row) => ({
    clientId: row.client_id,
    instrumentId: row.instrument_id,
    latestTotal: Number(row.latest_total),
    latestBand: row.latest_band,
    latestAt: row.latest_at,
    changeCategory: row.change_category,
    notOnTrack: row.not_on_track,
    notOnTrackReason: row.not_on_track_reason,
  }));
}

/** Open (not resolved) alerts per listed client. */
export async function openAlertCounts(
  db: Kysely<DB>,
  scope: CaseloadScope,
  clientIds: readonly string[],
): Promise<Map<string, number>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('alerts')
    .select(['client_id', sql<number>`count(*)::int`.as('open')])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', 'in', clientIds)
    .where('state', '<>', 'resolved')
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((row) => [row.client_id, row.open]));
}

/**
 * Overdue measures per listed client: active assignments whose latest
 * occasion to have opened is unanswered and was due before today (it may
 * still be open, or its window may have closed). One index probe per
 * assignment.
 */
export async function overdueCounts(
  db: Kysely<DB>,
  scope: CaseloadScope,
  clientIds: readonly string[],
  now: Date,
): Promise<Map<string, number>> {
  if (clientIds.length === 0) return new Map();
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  const rows = await sql<{ client_id: string; overdue: number }>`
    select a.client_id, count(*)::int as overdue
    from measure_assignments a
    cross join lateral (
      select o.response_id, o.opens_at
      from measure_occasions o
      where o.practice_id = a.practice_id and o.assignment_id = a.id and o.opens_at <= ${now}
      order by o.due_on desc
      limit 1
    ) latest
    where a.practice_id = ${scope.practiceId}
      and a.client_id in (${sql.join(clientIds)})
      and a.status = 'active'
      and latest.response_id is null
      and latest.opens_at <= ${dayAgo}
    group by a.client_id`.execute(db);
  return new Map(rows.rows.map((row) => [row.client_id, row.overdue]));
}
