import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { INSTALLATION } from './job-kinds.ts';
import { insertJob } from './jobs.repo.ts';

/**
 * The start of the period `now` falls in. Periods are counted from the epoch,
 * so every instance with the same interval names the same periods.
 */
export function periodStart(now: Date, everyMs: number): Date {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

export interface RecurringKind {
  kind: string;
  everyMs: number;
  maxAttempts: number;
}

/**
 * Recurring work is one job per period, keyed by the period's start and due
 * then. Each runner enqueues the period its clock is in, at start and on
 * entering each new period (`insert … on conflict do nothing`): whichever
 * instance gets there first makes the row, whichever claims it first runs it,
 * and no period runs twice. Periods missed while no instance was up are not
 * replayed one by one: the current one is due at once, which is the catch-up
 * (a sweep or a prune does everything the missed ones would have).
 *
 * The runner schedules the next period rather than the finishing job: a
 * successor enqueued by its predecessor would be lost whenever that run died
 * on its last try, and the work would stop until a restart.
 */
export function recurringSchedule(kinds: readonly RecurringKind[]) {
  const enqueued = new Map<string, number>();
  return {
    /** Enqueues the current period of every kind not yet enqueued by this runner. */
    async enqueueCurrentPeriods(db: Kysely<DB>, now: Date): Promise<void> {
      for (const { kind, everyMs, maxAttempts } of kinds) {
        const start = periodStart(now, everyMs);
        if (enqueued.get(kind) === start.getTime()) continue;
        await insertJob(db, {
          practiceId: INSTALLATION,
          kind,
          dedupeKey: start.toISOString(),
          runAt: start,
          payload: {},
          maxAttempts,
        });
        enqueued.set(kind, start.getTime());
      }
    },
  };
}
