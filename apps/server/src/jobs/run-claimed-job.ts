import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import { failureCode, isFinalFailure, retryDelayMs } from './job-failure.ts';
import type { Job, JobHandler, JobKindDefinition } from './job-types.ts';
import { lockOwnedJob, markJobDone, recordJobFailure, type ClaimedJobRow } from './jobs.repo.ts';

export interface RunnerDeps {
  db: Kysely<DB>;
  clock: () => Date;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/** A kind this build can run: its definition and its handler (payload already typed away). */
export interface RunnableKind<D> {
  definition: JobKindDefinition;
  handler: JobHandler<D, unknown>;
}

export type JobOutcome = 'done' | 'retry' | 'failed' | 'lost';

/**
 * Runs one claimed job. The handler runs inside a transaction that first
 * re-locks the job's row (only while this runner still holds the lease) and
 * ends by marking it done: the handler's writes and "done" commit together,
 * and while it runs no other runner can claim the row, even if the lease
 * lapses. A failure rolls the handler's writes back and is recorded apart,
 * with a back-off or, after the last try, as failed. Logs carry the job's id,
 * kind and an error code, never the payload or an error message.
 */
export async function runClaimedJob<D extends RunnerDeps>(
  deps: D,
  runnable: RunnableKind<D> | undefined,
  claimed: ClaimedJobRow,
  runnerId: string,
): Promise<JobOutcome> {
  const about = { jobId: claimed.id, kind: claimed.kind, attempts: claimed.attempts };
  if (!runnable) {
    // A job written by a newer build (during a rolling upgrade) or a kind since removed.
    deps.log.error(about, 'job of a kind this build has no handler for');
    return fail(deps, claimed, runnerId, 'UNKNOWN_KIND', false);
  }
  if (claimed.attempts > claimed.max_attempts) {
    // Its last try ended with its runner (crash, kill -9): the lease lapsed with no outcome.
    return fail(deps, claimed, runnerId, 'LEASE_EXPIRED', true);
  }
  if (claimed.previous_locked_by !== null) {
    deps.log.warn(about, 'job taken over after the lease of a stopped runner ran out');
  }
  const payload = runnable.definition.payload.safeParse(claimed.payload);
  if (!payload.success) return fail(deps, claimed, runnerId, 'PAYLOAD_INVALID', true);
  const job: Job = {
    id: claimed.id,
    practiceId: claimed.practice_id,
    kind: claimed.kind,
    dedupeKey: claimed.dedupe_key,
    payload: payload.data,
    runAt: claimed.run_at,
    attempts: claimed.attempts,
    maxAttempts: claimed.max_attempts,
  };
  try {
    const ran = await deps.db.transaction().execute(async (trx) => {
      if (!(await lockOwnedJob(trx, claimed, runnerId))) return false;
      await runnable.handler.run(deps, { job, now: deps.clock(), trx });
      await markJobDone(trx, claimed);
      return true;
    });
    if (ran) return 'done';
    deps.log.warn(about, 'job replaced, cancelled or taken over before it ran; left alone');
    return 'lost';
  } catch (error) {
    return fail(deps, claimed, runnerId, failureCode(error), isFinalFailure(error));
  }
}

async function fail(
  deps: RunnerDeps,
  claimed: ClaimedJobRow,
  runnerId: string,
  code: string,
  final: boolean,
): Promise<JobOutcome> {
  const attempts = Math.min(claimed.attempts, claimed.max_attempts);
  const giveUp = final || attempts >= claimed.max_attempts;
  const retryAt = giveUp ? null : new Date(deps.clock().getTime() + retryDelayMs(attempts));
  const recorded = await recordJobFailure(deps.db, claimed, runnerId, { code, retryAt, attempts });
  const about = { jobId: claimed.id, kind: claimed.kind, attempts, errorCode: code };
  if (!recorded) {
    deps.log.warn(about, 'job failed after it was replaced or taken over; left alone');
    return 'lost';
  }
  if (giveUp) deps.log.error(about, 'job failed for good');
  else deps.log.warn({ ...about, retryAt }, 'job failed; will try again');
  return giveUp ? 'failed' : 'retry';
}
