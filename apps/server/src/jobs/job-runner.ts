import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { failureCode } from './job-failure.ts';
import type { JobCatalogue, JobHandler, JobHandlers } from './job-types.ts';
import { claimDueJob } from './jobs.repo.ts';
import { recurringSchedule, type RecurringKind } from './recurring-jobs.ts';
import { runClaimedJob, type RunnableKind, type RunnerDeps } from './run-claimed-job.ts';

export interface JobRunnerOptions {
  /** How long the runner sleeps when nothing is due (TANDEM_JOB_POLL_MS). */
  pollIntervalMs: number;
  /** How long a claim holds before another runner may take the job (its runner presumed dead). */
  leaseMs?: number;
  /** Jobs this runner works on at once. */
  concurrency?: number;
  /** Stored in `locked_by`; unique per runner. */
  runnerId?: string;
}

export interface JobRunner {
  readonly runnerId: string;
  /**
   * Enqueues the current period of recurring kinds, then claims and runs due
   * jobs until none is left (or the runner stops); answers how many it ran.
   * The poll loop calls it; tests call it to run jobs deterministically.
   */
  runDueJobs(): Promise<number>;
  /** Polls until stopped. */
  start(): void;
  /** Takes no new job, lets the running ones finish (done or recorded), then resolves. */
  stop(): Promise<void>;
}

const DEFAULT_LEASE_MS = 60_000;

/**
 * The durable job runner (ADR 0010): one per Tandem instance, any number on
 * one database. Time comes from `deps.clock`, so tests move it.
 */
export function createJobRunner<C extends JobCatalogue, D extends RunnerDeps>(
  deps: D,
  jobs: { kinds: C; handlers: JobHandlers<C, D> },
  options: JobRunnerOptions,
): JobRunner {
  const runnerId =
    options.runnerId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const concurrency = options.concurrency ?? 1;
  const runnable = runnableKinds(jobs);
  const skipKinds = [...runnable]
    .filter(([, { handler }]) => handler.enabled?.(deps) === false)
    .map(([kind]) => kind);
  const schedule = recurringSchedule(recurringKinds(deps, runnable, skipKinds));

  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();

  const worker = async (): Promise<number> => {
    let ran = 0;
    while (!stopping) {
      const claimed = await claimDueJob(deps.db, {
        now: deps.clock(),
        runnerId,
        leaseMs,
        skipKinds,
      });
      if (!claimed) break;
      await runClaimedJob(deps, runnable.get(claimed.kind), claimed, runnerId);
      ran += 1;
    }
    return ran;
  };

  const runDueJobs = async (): Promise<number> => {
    await schedule.enqueueCurrentPeriods(deps.db, deps.clock());
    // allSettled: a worker that fails (database lost) must not leave the others running unawaited.
    const results = await Promise.allSettled(Array.from({ length: concurrency }, worker));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return results.reduce(
      (sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0),
      0,
    );
  };

  const tick = () => {
    round = runDueJobs()
      // A lost database or the like: logged by code (never a message, which may quote data), retried next poll.
      .catch((error: unknown) =>
        deps.log.warn({ errorCode: failureCode(error) }, 'job runner round failed'),
      )
      .finally(() => {
        if (stopping) return;
        timer = setTimeout(tick, options.pollIntervalMs);
        timer.unref();
      });
  };

  return {
    runnerId,
    runDueJobs,
    start() {
      if (started || stopping) return;
      started = true;
      tick();
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await round;
    },
  };
}

/** The catalogue as a map by kind; the handler's payload type is erased here, checked by the schema at run. */
function runnableKinds<C extends JobCatalogue, D>(jobs: {
  kinds: C;
  handlers: JobHandlers<C, D>;
}): Map<string, RunnableKind<D>> {
  const handlers = jobs.handlers as Readonly<Record<string, JobHandler<D, unknown>>>;
  return new Map(
    Object.entries(jobs.kinds).flatMap(([kind, definition]) => {
      const handler = handlers[kind];
      return handler ? [[kind, { definition, handler }] as const] : [];
    }),
  );
}

function recurringKinds<D>(
  deps: D,
  runnable: Map<string, RunnableKind<D>>,
  skipKinds: readonly string[],
): RecurringKind[] {
  const kinds: RecurringKind[] = [];
  for (const [kind, { definition, handler }] of runnable) {
    if (!handler.every || skipKinds.includes(kind)) continue;
    // A period's job is enqueued with an empty payload: a recurring kind must accept it.
    if (!definition.payload.safeParse({}).success) {
      throw new Error(`Recurring job kind "${kind}" must take an empty payload`);
    }
    const everyMs = handler.every(deps);
    if (!Number.isInteger(everyMs) || everyMs < 1000) {
      throw new Error(`Recurring job kind "${kind}" needs a period of at least a second`);
    }
    kinds.push({ kind, everyMs, maxAttempts: definition.maxAttempts });
  }
  return kinds;
}
