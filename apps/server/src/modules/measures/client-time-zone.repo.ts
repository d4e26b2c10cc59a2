import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The zone a client's schedule runs in: their own, else their practice's. */
export async function clientTimeZone(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<string> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('practices as p', 'p.id', 'u.practice_id')
    .select(['u.time_zone as own', 'p.time_zone as practice'])
    .where('u.practice_id', '=', practiceId)
    .where('u.id', '=', clientId)
    .executeTakeFirstOrThrow();
  return row.own ?? row.practice;
}

/**
 * What a client's standing on a measure is computed with: their time zone (as
 * clientTimeZone) and their practice's "not on track" parameters (null for the
 * documented default), in one statement on a submission's hot path.
 */
export async function standingContext(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<{ timeZone: string; notOnTrackRules: unknown }> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('practices as p', 'p.id', 'u.practice_id')
    .select(['u.time_zone as own', 'p.time_zone as practice', 'p.not_on_track_rule'])
    .where('u.practice_id', '=', practiceId)
    .where('u.id', '=', clientId)
    .executeTakeFirstOrThrow();
  return { timeZone: row.own ?? row.practice, notOnTrackRules: row.not_on_track_rule ?? null };
}
