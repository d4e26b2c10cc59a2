import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDatabasePool } from '../db/pool.ts';
import type { DB } from '../db/schema.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { jobQueue } from './job-queue.ts';
import { createJobRunner, type JobRunner } from './job-runner.ts';
import { createJobRunsTable, jobRuns, manualClock, recordJobRun } from './job-test-kit.ts';
import type { JobCatalogue, JobHandlers } from './job-types.ts';
import type { RunnerDeps } from './run-claimed-job.ts';

/**
 * Two Tandem instances on one database: each its own connection pool and
 * runner, polling side by side, several jobs at a time each. Every job must
 * run exactly once: counted in memory (every try, even one rolled back) and
 * by the rows the handler writes in the job's transaction.
 */
const kinds = {
  'test-reminder': { payload: z.strictObject({ occasionId: z.uuid() }), maxAttempts: 3 },
} as const satisfies JobCatalogue;
const { enqueueJob } = jobQueue(kinds);

const JOBS_PER_PRACTICE = 50;
const practices = Array.from({ length: 6 }, () => randomUUID());
const log = pino({ level: 'silent' });
const clock = manualClock('2026-03-01T09:00:00.000Z');
const tries = new Map<string, number>();

let database: TestDatabase;
const pools: Kysely<DB>[] = [];

function instance(name: string): { db: Kysely<DB>; runner: JobRunner } {
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: createDatabasePool(database.url, log) }),
  });
  pools.push(db);
  const handlers: JobHandlers<typeof kinds, RunnerDeps> = {
    'test-reminder': {
      run: async (_deps, { job, trx }) => {
        tries.set(job.id, (tries.get(job.id) ?? 0) + 1);
        // A little work inside the job's transaction, so the instances' runs overlap.
        await sql`select pg_sleep(0.002)`.execute(trx);
        await recordJobRun(trx, { jobId: job.id, runner: name });
      },
    },
  };
  const runner = createJobRunner(
    { db, clock: clock.now, log },
    { kinds, handlers },
    { pollIntervalMs: 5, concurrency: 4, runnerId: name },
  );
  return { db, runner };
}

/** Both instances enqueue the same reminders at once, as two requests might. */
async function enqueueEverywhere(dbs: Kysely<DB>[], occasionIds: string[][]) {
  await Promise.all(
    dbs.map((db) =>
      Promise.all(
        practices.map((practiceId, p) =>
          db.transaction().execute(async (trx) => {
            for (const occasionId of occasionIds[p] ?? []) {
              await enqueueJob(trx, {
                practiceId,
                kind: 'test-reminder',
                dedupeKey: occasionId,
                runAt: clock.now(),
                payload: { occasionId },
              });
            }
          }),
        ),
      ),
    ),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  await createJobRunsTable(database);
});
afterAll(async () => {
  for (const pool of pools) await pool.destroy();
  await database.drop();
});

describe('two Tandem instances on one database', () => {
  it('run every job exactly once between them', async () => {
    const a = instance('instance-a');
    const b = instance('instance-b');
    const occasionIds = practices.map(() =>
      Array.from({ length: JOBS_PER_PRACTICE }, () => randomUUID()),
    );
    const total = practices.length * JOBS_PER_PRACTICE;
    await enqueueEverywhere([a.db, b.db], occasionIds);
    const countJobs = () =>
      database.db
        .selectFrom('jobs')
        .select((eb) => [
          eb.fn.countAll<number>().as('all'),
          eb.fn.countAll<number>().filterWhere('state', '=', 'done').as('done'),
        ])
        .executeTakeFirstOrThrow();
    expect(await countJobs()).toEqual({ all: total, done: 0 });

    a.runner.start();
    b.runner.start();
    try {
      await vi.waitFor(async () => expect((await countJobs()).done).toBe(total), {
        timeout: 60_000,
        interval: 50,
      });
    } finally {
      await Promise.all([a.runner.stop(), b.runner.stop()]);
    }

    expect(tries.size).toBe(total);
    expect([...tries.values()].filter((count) => count !== 1)).toEqual([]);
    const runs = await jobRuns(database.db);
    expect(runs).toHaveLength(total);
    expect(new Set(runs.map((r) => r.job_id)).size).toBe(total);
    const rows = await database.db.selectFrom('jobs').select(['state', 'attempts']).execute();
    expect(rows.filter((r) => r.state !== 'done' || r.attempts !== 1)).toEqual([]);
    // Both took part: the test raced two runners, not one.
    expect([...new Set(runs.map((r) => r.runner))].sort()).toEqual(['instance-a', 'instance-b']);
  }, 90_000);
});
