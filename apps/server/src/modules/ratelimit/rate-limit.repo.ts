import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Fixed-window counters kept in PostgreSQL, so every instance behind a load
 * balancer counts the same attempts. Each hit is one atomic statement: many
 * requests at once can never count past the limit.
 */

/** Counts one hit and returns the hits in the current window (this one included) and when it ends. */
export async function hitRateLimit(
  db: Kysely<DB>,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ hits: number; resetAt: Date }> {
  const windowStartCutoff = new Date(now.getTime() - windowMs);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limits.window_start <= ${windowStartCutoff} then 1 else rate_limits.hits + 1 end`,
        window_start: sql<Date>`case when rate_limits.window_start <= ${windowStartCutoff} then ${now} else rate_limits.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: new Date(row.window_start.getTime() + windowMs) };
}

/**
 * Takes one of `max` slots of the current window, or refuses without counting
 * (`{ taken: false }` with when the window ends). The check and the count are
 * one statement, so 100 requests at once take exactly the slots that are left.
 */
export async function takeRateLimitSlot(
  db: Kysely<DB>,
  key: string,
  limit: { max: number; windowMs: number },
  now: Date,
): Promise<{ taken: true } | { taken: false; resetAt: Date }> {
  const windowStartCutoff = new Date(now.getTime() - limit.windowMs);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          hits: sql<number>`case when rate_limits.window_start <= ${windowStartCutoff} then 1 else rate_limits.hits + 1 end`,
          window_start: sql<Date>`case when rate_limits.window_start <= ${windowStartCutoff} then ${now} else rate_limits.window_start end`,
        })
        .where((eb) =>
          eb.or([
            eb('rate_limits.window_start', '<=', windowStartCutoff),
            eb('rate_limits.hits', '<', limit.max),
          ]),
        ),
    )
    .returning('hits')
    .executeTakeFirst();
  if (row) return { taken: true };
  const current = await db
    .selectFrom('rate_limits')
    .select('window_start')
    .where('key', '=', key)
    .executeTakeFirst();
  const start = current?.window_start ?? now;
  return { taken: false, resetAt: new Date(start.getTime() + limit.windowMs) };
}

/** Gives a slot back: the attempt it was taken for turned out not to count (a success). */
export async function returnRateLimitSlot(db: Kysely<DB>, key: string): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ hits: sql<number>`greatest(hits - 1, 0)` })
    .where('key', '=', key)
    .execute();
}

export async function clearRateLimit(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

export async function deleteStaleRateLimits(db: Kysely<DB>, olderThan: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', olderThan).execute();
}
