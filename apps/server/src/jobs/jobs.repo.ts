import { sql, type Kysely, type Selectable } from 'kysely';
import { newId } from '@tandem/core';
import type { DB, JobsTable } from '../db/schema.ts';
import { INSTALLATION } from './job-kinds.ts';

export type JobRow = Selectable<JobsTable>;

/** A job as claimed, with whoever held its lease before (set when a lapsed lease was taken over). */
export type ClaimedJobRow = JobRow & { previous_locked_by: string | null };

export interface NewJob {
  practiceId: string;
  kind: string;
  dedupeKey: string;
  runAt: Date;
  /** Already checked against the kind's schema. */
  payload: unknown;
  maxAttempts: number;
}

export interface JobKey {
  practiceId: string;
  kind: string;
  dedupeKey: string;
}

function newRow(job: NewJob) {
  return {
    practice_id: job.practiceId,
    id: newId(),
    kind: job.kind,
    dedupe_key: job.dedupeKey,
    payload: JSON.stringify(job.payload),
    run_at: job.runAt,
    attempts: 0,
    max_attempts: job.maxAttempts,
    state: 'pending' as const,
  };
}

/** Inserts the job unless its (practice, kind, dedupe key) exists; answers whether it did. */
export async function insertJob(db: Kysely<DB>, job: NewJob): Promise<boolean> {
  const inserted = await db
    .insertInto('jobs')
    .values(newRow(job))
    .onConflict((oc) => oc.columns(['practice_id', 'kind', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * Inserts the job, or gives a job with its key that has not succeeded (pending,
 * leased or failed) the new time and payload and a fresh start. A leased job
 * loses its lease, so the runner holding it lets it go instead of running the
 * old payload; a job already running finishes first (the row lock waits for it).
 * A done job stays done: its key was used.
 */
export async function upsertUnfinishedJob(
  db: Kysely<DB>,
  job: NewJob,
): Promise<'enqueued' | 'replaced' | 'already-done'> {
  const row = newRow(job);
  const written = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['practice_id', 'kind', 'dedupe_key'])
        .doUpdateSet({
          payload: row.payload,
          run_at: row.run_at,
          max_attempts: row.max_attempts,
          attempts: 0,
          state: 'pending',
          locked_until: null,
          locked_by: null,
          last_error_code: null,
        })
        .where('jobs.state', '<>', 'done'),
    )
    // xmax is 0 on a freshly inserted row version and set on an updated one.
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirst();
  if (!written) return 'already-done';
  return written.inserted ? 'enqueued' : 'replaced';
}

/** Removes a job with this key that has not succeeded; answers whether there was one. */
export async function deleteUnfinishedJob(db: Kysely<DB>, key: JobKey): Promise<boolean> {
  const deleted = await db
    .deleteFrom('jobs')
    .where('practice_id', '=', key.practiceId)
    .where('kind', '=', key.kind)
    .where('dedupe_key', '=', key.dedupeKey)
    .where('state', '<>', 'done')
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/**
 * Claims the oldest due job in one short statement: pending, due, and not
 * leased (or its lease lapsed: its runner died). SKIP LOCKED lets runners on
 * several instances claim side by side without waiting on or taking each
 * other's rows. The claim counts as an attempt, so a job that crashes its
 * process still runs out of tries.
 */
export async function claimDueJob(
  db: Kysely<DB>,
  claim: { now: Date; runnerId: string; leaseMs: number; skipKinds: readonly string[] },
): Promise<ClaimedJobRow | undefined> {
  const leaseUntil = new Date(claim.now.getTime() + claim.leaseMs);
  return db
    .with('due', (qb) =>
      qb
        .selectFrom('jobs')
        .select(['practice_id', 'id', 'locked_by as previous_locked_by'])
        .where('state', '=', 'pending')
        .where('run_at', '<=', claim.now)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', claim.now)]))
        .$if(claim.skipKinds.length > 0, (q) => q.where('kind', 'not in', claim.skipKinds))
        .orderBy('run_at')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .updateTable('jobs')
    .from('due')
    .set((eb) => ({
      attempts: eb('jobs.attempts', '+', 1),
      locked_until: leaseUntil,
      locked_by: claim.runnerId,
    }))
    .whereRef('jobs.practice_id', '=', 'due.practice_id')
    .whereRef('jobs.id', '=', 'due.id')
    .returningAll('jobs')
    .returning('due.previous_locked_by')
    .executeTakeFirst();
}

/**
 * In the transaction that runs the job: locks its row if this runner still
 * holds the lease. Answers false when the job was replaced, cancelled or
 * taken over meanwhile; the runner then leaves it alone.
 */
export async function lockOwnedJob(
  trx: Kysely<DB>,
  job: { practice_id: string; id: string },
  runnerId: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('jobs')
    .select('id')
    .where('practice_id', '=', job.practice_id)
    .where('id', '=', job.id)
    .where('state', '=', 'pending')
    .where('locked_by', '=', runnerId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function markJobDone(
  trx: Kysely<DB>,
  job: { practice_id: string; id: string },
): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ state: 'done', locked_until: null, locked_by: null, last_error_code: null })
    .where('practice_id', '=', job.practice_id)
    .where('id', '=', job.id)
    .execute();
}

/**
 * Records a failed try and lets go of the lease: pending again at `retryAt`,
 * or failed for good. Only while this runner holds the lease; answers whether it did.
 */
export async function recordJobFailure(
  db: Kysely<DB>,
  job: { practice_id: string; id: string },
  runnerId: string,
  failure: { code: string; retryAt: Date | null; attempts?: number },
): Promise<boolean> {
  const updated = await db
    .updateTable('jobs')
    .set({
      last_error_code: failure.code,
      locked_until: null,
      locked_by: null,
      ...(failure.retryAt ? { run_at: failure.retryAt } : { state: 'failed' as const }),
      ...(failure.attempts === undefined ? {} : { attempts: failure.attempts }),
    })
    .where('practice_id', '=', job.practice_id)
    .where('id', '=', job.id)
    .where('state', '=', 'pending')
    .where('locked_by', '=', runnerId)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

const DAY_MS = 86_400_000;

/**
 * Prunes finished jobs. A practice's done jobs are kept a week, so that a
 * repeated enqueue of work already done (a reminder) stays a no-op; the
 * installation's periodic runs (one per period) only a day, their periods
 * being long over; failed jobs a month, for the operator to look into.
 */
export async function deleteFinishedJobs(db: Kysely<DB>, now: Date): Promise<number> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const deleted = await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'done'), eb('run_at', '<', before(7))]),
        eb.and([
          eb('state', '=', 'done'),
          eb('practice_id', '=', INSTALLATION),
          eb('run_at', '<', before(1)),
        ]),
        eb.and([eb('state', '=', 'failed'), eb('run_at', '<', before(30))]),
      ]),
    )
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
