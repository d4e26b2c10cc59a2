import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Fixed-window counter kept in PostgreSQL, so every instance behind a load
 * balancer counts the same attempts. Returns the hits in the current window
 * including this one, and when the window ends.
 */
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

/** The hits counted in the current window, without counting one more. */
export async function readRateLimit(
  db: Kysely<DB>,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ hits: number; resetAt: Date }> {
  const row = await db
    .selectFrom('rate_limits')
    .select(['hits', 'window_start'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || row.window_start.getTime() <= now.getTime() - windowMs) {
    return { hits: 0, resetAt: new Date(now.getTime() + windowMs) };
  }
  return { hits: row.hits, resetAt: new Date(row.window_start.getTime() + windowMs) };
}

export async function clearRateLimit(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

export async function deleteStaleRateLimits(db: Kysely<DB>, olderThan: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', olderThan).execute();
}
