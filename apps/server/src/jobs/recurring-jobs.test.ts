import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { JobFailure } from './job-failure.ts';
import { INSTALLATION } from './job-kinds.ts';
import { createJobRunner } from './job-runner.ts';
import { capturingLog, manualClock, type ManualClock } from './job-test-kit.ts';
import type { JobCatalogue, JobHandlers } from './job-types.ts';
import { periodStart } from './recurring-jobs.ts';
import type { RunnerDeps } from './run-claimed-job.ts';

const kinds = {
  'test-sweep': { payload: z.strictObject({}), maxAttempts: 1 },
} as const satisfies JobCatalogue;

let database: TestDatabase;
let clock: ManualClock;
let failNext: boolean;
const sweeps: { dedupeKey: string; now: string }[] = [];

const handlers: JobHandlers<typeof kinds, RunnerDeps> = {
  'test-sweep': {
    every: () => 60_000,
    run: (_deps, { job, now }) => {
      sweeps.push({ dedupeKey: job.dedupeKey, now: now.toISOString() });
      if (failNext) {
        failNext = false;
        return Promise.reject(new JobFailure('SWEEP_BROKE'));
      }
      return Promise.resolve();
    },
  },
};

function runner(runnerId: string) {
  return createJobRunner(
    { db: database.db, clock: clock.now, log: capturingLog().log },
    { kinds, handlers },
    { pollIntervalMs: 10, runnerId },
  );
}

const rows = () =>
  database.db
    .selectFrom('jobs')
    .select(['practice_id', 'dedupe_key', 'state', 'run_at'])
    .orderBy('run_at')
    .execute();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
  clock = manualClock('2026-03-01T09:00:30.000Z');
  failNext = false;
  sweeps.length = 0;
});

describe('periodStart', () => {
  it('counts periods from the epoch, so every instance names the same ones', () => {
    expect(periodStart(new Date('2026-03-01T09:00:30.000Z'), 60_000).toISOString()).toBe(
      '2026-03-01T09:00:00.000Z',
    );
    expect(periodStart(new Date('2026-03-01T09:04:59.999Z'), 300_000).toISOString()).toBe(
      '2026-03-01T09:00:00.000Z',
    );
    expect(periodStart(new Date('2026-03-01T09:05:00.000Z'), 300_000).toISOString()).toBe(
      '2026-03-01T09:05:00.000Z',
    );
  });
});

describe('recurring jobs', () => {
  it('run once per period with two runners, and once to catch up after downtime', async () => {
    const a = runner('instance-a');
    const b = runner('instance-b');
    const both = async () =>
      (await Promise.all([a.runDueJobs(), b.runDueJobs()])).reduce((x, y) => x + y);

    expect(await both()).toBe(1);
    expect(await both()).toBe(0);
    clock.advance(29_999); // 09:00:59.999, still the same period
    expect(await both()).toBe(0);
    clock.advance(1); // 09:01:00
    expect(await both()).toBe(1);

    // Both instances are down from 09:01:30 until 12:00:15; they start again.
    clock.advance(3 * 3_600_000 - 45_000);
    expect(
      await Promise.all([runner('a-again').runDueJobs(), runner('b-again').runDueJobs()]),
    ).toEqual(expect.arrayContaining([0, 1]));
    expect(sweeps).toEqual([
      { dedupeKey: '2026-03-01T09:00:00.000Z', now: '2026-03-01T09:00:30.000Z' },
      { dedupeKey: '2026-03-01T09:01:00.000Z', now: '2026-03-01T09:01:00.000Z' },
      // The 178 periods missed meanwhile are one catch-up run, not 178.
      { dedupeKey: '2026-03-01T12:00:00.000Z', now: '2026-03-01T12:00:15.000Z' },
    ]);
    expect(await rows()).toMatchObject([
      { practice_id: INSTALLATION, dedupe_key: '2026-03-01T09:00:00.000Z', state: 'done' },
      { practice_id: INSTALLATION, dedupe_key: '2026-03-01T09:01:00.000Z', state: 'done' },
      { practice_id: INSTALLATION, dedupe_key: '2026-03-01T12:00:00.000Z', state: 'done' },
    ]);
  });

  it('keep their schedule when one period fails: the next period runs', async () => {
    const a = runner('instance-a');
    failNext = true;
    expect(await a.runDueJobs()).toBe(1);
    clock.advance(60_000);
    expect(await a.runDueJobs()).toBe(1);
    expect((await rows()).map((r) => [r.dedupe_key, r.state])).toEqual([
      ['2026-03-01T09:00:00.000Z', 'failed'],
      ['2026-03-01T09:01:00.000Z', 'done'],
    ]);
  });
});
