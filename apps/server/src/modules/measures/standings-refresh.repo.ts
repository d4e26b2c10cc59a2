import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * The next clients, in id order after `afterClientId`, with a standing on the
 * measure, and whether each is active (an archived or deactivated client's
 * standing is recomputed, but nobody is told). For the refresh job only: it
 * acts for nobody, within its practice.
 */
export async function standingsToRefresh(
  db: Kysely<DB>,
  practiceId: string,
  instrumentId: string,
  afterClientId: string | null,
  limit: number,
): Promise<{ clientId: string; active: boolean }[]> {
  let query = db
    .selectFrom('measure_status as ms')
    .innerJoin('client_records as cr', (join) =>
      join
        .onRef('cr.practice_id', '=', 'ms.practice_id')
        .onRef('cr.client_id', '=', 'ms.client_id'),
    )
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'ms.practice_id').onRef('u.id', '=', 'ms.client_id'),
    )
    .select(['ms.client_id', 'cr.archived_at', 'u.status'])
    .where('ms.practice_id', '=', practiceId)
    .where('ms.instrument_id', '=', instrumentId);
  if (afterClientId !== null) query = query.where('ms.client_id', '>', afterClientId);
  const rows = await query.orderBy('ms.client_id').limit(limit).execute();
  return rows.map((row) => ({
    clientId: row.client_id,
    active: row.archived_at === null && row.status === 'active',
  }));
}
