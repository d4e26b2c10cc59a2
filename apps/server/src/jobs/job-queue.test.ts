import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { jobQueue, type JobSpec } from './job-queue.ts';
import { createJobRunner } from './job-runner.ts';
import { capturingLog, manualClock, type ManualClock } from './job-test-kit.ts';
import type { JobCatalogue, JobHandlers } from './job-types.ts';
import { claimDueJob } from './jobs.repo.ts';
import type { RunnerDeps } from './run-claimed-job.ts';

const kinds = {
  'test-reminder': {
    payload: z.strictObject({ occasionId: z.uuid(), version: z.number().int() }),
    maxAttempts: 4,
  },
} as const satisfies JobCatalogue;
const { enqueueJob, replaceJob, cancelJob } = jobQueue(kinds);

let database: TestDatabase;
let clock: ManualClock;
const ran: { occasionId: string; version: number }[] = [];
const handlers: JobHandlers<typeof kinds, RunnerDeps> = {
  'test-reminder': {
    run: (_deps, { job }) => {
      ran.push(job.payload);
      return Promise.resolve();
    },
  },
};
const practiceA = randomUUID();
const practiceB = randomUUID();

function reminder(
  practiceId: string,
  occasionId: string,
  version = 1,
  runAt = clock.now(),
): JobSpec<typeof kinds, 'test-reminder'> {
  return {
    practiceId,
    kind: 'test-reminder',
    dedupeKey: occasionId,
    runAt,
    payload: { occasionId, version },
  };
}

function inTransaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(work);
}

function rowsOf(occasionId: string) {
  return database.db
    .selectFrom('jobs')
    .selectAll()
    .where('dedupe_key', '=', occasionId)
    .orderBy('practice_id')
    .execute();
}

function runner() {
  return createJobRunner(
    { db: database.db, clock: clock.now, log: capturingLog().log },
    { kinds, handlers },
    { pollIntervalMs: 10, runnerId: 'queue-test' },
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
  clock = manualClock('2026-03-01T09:00:00.000Z');
  ran.length = 0;
});

describe('enqueueJob', () => {
  it('makes one job of the same work enqueued twice, per practice', async () => {
    const occasion = randomUUID();
    expect(await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion)))).toBe(true);
    expect(await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion, 2)))).toBe(
      false,
    );
    expect(await inTransaction((trx) => enqueueJob(trx, reminder(practiceB, occasion)))).toBe(true);
    const rows = await rowsOf(occasion);
    expect(rows).toHaveLength(2);
    // The first enqueue stands: a repeat does not change the job.
    expect(rows.find((r) => r.practice_id === practiceA)?.payload).toEqual({
      occasionId: occasion,
      version: 1,
    });
    expect(await runner().runDueJobs()).toBe(2);
    // A repeat after the job ran is still the same job: it does not run again.
    expect(await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion)))).toBe(
      false,
    );
    expect(await runner().runDueJobs()).toBe(0);
  });

  it("leaves no job when the caller's transaction rolls back", async () => {
    const occasion = randomUUID();
    await expect(
      inTransaction(async (trx) => {
        await enqueueJob(trx, reminder(practiceA, occasion));
        throw new Error('the write that caused the job failed');
      }),
    ).rejects.toThrow('the write that caused the job failed');
    expect(await rowsOf(occasion)).toEqual([]);
  });

  it('refuses a payload field its kind does not declare, failing the caller', async () => {
    const occasion = randomUUID();
    const withText = {
      ...reminder(practiceA, occasion),
      payload: { occasionId: occasion, version: 1, note: 'client said …' },
    };
    await expect(inTransaction((trx) => enqueueJob(trx, withText))).rejects.toThrow();
    expect(await rowsOf(occasion)).toEqual([]);
  });
});

describe('replaceJob and cancelJob', () => {
  it('moves a pending job to its new time and payload, with its tries reset', async () => {
    const occasion = randomUUID();
    await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion)));
    await database.db
      .updateTable('jobs')
      .set({ attempts: 2, last_error_code: 'EAUTH' })
      .where('dedupe_key', '=', occasion)
      .execute();
    const later = new Date('2026-03-02T09:00:00.000Z');
    expect(
      await inTransaction((trx) => replaceJob(trx, reminder(practiceA, occasion, 2, later))),
    ).toBe('replaced');
    expect(await rowsOf(occasion)).toMatchObject([
      {
        run_at: later,
        payload: { occasionId: occasion, version: 2 },
        attempts: 0,
        last_error_code: null,
        state: 'pending',
      },
    ]);
    expect(await runner().runDueJobs()).toBe(0);
    clock.advance(86_400_000);
    expect(await runner().runDueJobs()).toBe(1);
    expect(ran).toEqual([{ occasionId: occasion, version: 2 }]);
  });

  it('enqueues when nothing has the key, and leaves a done job done', async () => {
    const occasion = randomUUID();
    expect(await inTransaction((trx) => replaceJob(trx, reminder(practiceA, occasion)))).toBe(
      'enqueued',
    );
    await runner().runDueJobs();
    expect(await inTransaction((trx) => replaceJob(trx, reminder(practiceA, occasion, 3)))).toBe(
      'already-done',
    );
    expect(await runner().runDueJobs()).toBe(0);
    expect(ran).toEqual([{ occasionId: occasion, version: 1 }]);
  });

  it('takes a claimed job from its runner: the old payload never runs, the new one does', async () => {
    const occasion = randomUUID();
    await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion)));
    // Claimed by a runner that has not started it yet (claim and run are two transactions).
    await claimDueJob(database.db, {
      now: clock.now(),
      runnerId: 'slow',
      leaseMs: 60_000,
      skipKinds: [],
    });
    await inTransaction((trx) => replaceJob(trx, reminder(practiceA, occasion, 2)));
    expect(await rowsOf(occasion)).toMatchObject([{ locked_by: null, attempts: 0 }]);
    expect(await runner().runDueJobs()).toBe(1);
    expect(ran).toEqual([{ occasionId: occasion, version: 2 }]);
  });

  it('cancels a job that has not run, after which the key is free; a done job stays', async () => {
    const occasion = randomUUID();
    await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion)));
    const key = { practiceId: practiceA, kind: 'test-reminder' as const, dedupeKey: occasion };
    expect(await inTransaction((trx) => cancelJob(trx, key))).toBe(true);
    expect(await rowsOf(occasion)).toEqual([]);
    expect(await runner().runDueJobs()).toBe(0);

    expect(await inTransaction((trx) => enqueueJob(trx, reminder(practiceA, occasion, 2)))).toBe(
      true,
    );
    await runner().runDueJobs();
    expect(await inTransaction((trx) => cancelJob(trx, key))).toBe(false);
    expect(await rowsOf(occasion)).toMatchObject([{ state: 'done' }]);
  });
});
