import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { JobFailure } from './job-failure.ts';
import { jobQueue } from './job-queue.ts';
import { createJobRunner } from './job-runner.ts';
import {
  capturingLog,
  createJobRunsTable,
  jobRuns,
  manualClock,
  recordJobRun,
  type ManualClock,
} from './job-test-kit.ts';
import type { JobCatalogue, JobContext, JobHandlers } from './job-types.ts';
import { claimDueJob, insertJob } from './jobs.repo.ts';
import type { RunnerDeps } from './run-claimed-job.ts';

const kinds = {
  'test-note': { payload: z.strictObject({ recordId: z.uuid() }), maxAttempts: 3 },
  'test-mail': { payload: z.strictObject({}), maxAttempts: 2 },
} as const satisfies JobCatalogue;
type NoteContext = JobContext<{ recordId: string }>;

const { enqueueJob } = jobQueue(kinds);
const practiceId = randomUUID();
const START = '2026-03-01T09:00:00.000Z';

let database: TestDatabase;
let clock: ManualClock;
let captured: ReturnType<typeof capturingLog>;
/** What the test-note handler does on each try; set per test. */
let behave: (context: NoteContext) => Promise<void>;
let mailEnabled: boolean;
const seen: NoteContext[] = [];

const handlers: JobHandlers<typeof kinds, RunnerDeps> = {
  'test-note': {
    run: async (_deps, context) => {
      seen.push(context);
      await behave(context);
    },
  },
  'test-mail': { run: () => Promise.resolve(), enabled: () => mailEnabled },
};

function runner(runnerId = 'runner-a') {
  return createJobRunner(
    { db: database.db, clock: clock.now, log: captured.log },
    { kinds, handlers },
    { pollIntervalMs: 10, leaseMs: 60_000, runnerId },
  );
}

async function enqueueNote(runAt: Date, options: { maxAttempts?: number } = {}) {
  const recordId = randomUUID();
  await database.db.transaction().execute((trx) =>
    enqueueJob(trx, {
      practiceId,
      kind: 'test-note',
      dedupeKey: recordId,
      runAt,
      payload: { recordId },
      ...options,
    }),
  );
  return { recordId, row: () => jobRow(recordId) };
}

function jobRow(dedupeKey: string) {
  return database.db
    .selectFrom('jobs')
    .selectAll()
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await createJobRunsTable(database);
});
afterAll(async () => database.drop());
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
  clock = manualClock(START);
  captured = capturingLog();
  behave = () => Promise.resolve();
  mailEnabled = true;
  seen.length = 0;
});

describe('the job runner', () => {
  it('runs a due job once with its payload and the injected time, and marks it done', async () => {
    const { recordId, row } = await enqueueNote(clock.now());
    expect(await runner().runDueJobs()).toBe(1);
    expect(seen.map((c) => [c.job.payload, c.job.attempts, c.now.toISOString()])).toEqual([
      [{ recordId }, 1, START],
    ]);
    expect(await row()).toMatchObject({
      state: 'done',
      attempts: 1,
      locked_by: null,
      locked_until: null,
      last_error_code: null,
    });
    expect(await runner().runDueJobs()).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('waits for a job until its time, and runs one missed while down at once', async () => {
    const { row } = await enqueueNote(new Date('2026-03-01T10:00:00.000Z'));
    expect(await runner().runDueJobs()).toBe(0);
    expect(await row()).toMatchObject({ state: 'pending', attempts: 0 });
    // Every instance was down from before 10:00 until 13:00: the job is due at once.
    clock.advance(4 * 3_600_000);
    expect(await runner('after-restart').runDueJobs()).toBe(1);
    expect(await row()).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('retries after 30 s, then 1 min, then fails for good, keeping only the error code', async () => {
    behave = () =>
      Promise.reject(
        Object.assign(new Error('550 mailbox quinn.private@example.test unavailable'), {
          code: 'EENVELOPE',
        }),
      );
    const { recordId, row } = await enqueueNote(clock.now());
    expect(await runner().runDueJobs()).toBe(1);
    expect(await row()).toMatchObject({
      state: 'pending',
      attempts: 1,
      last_error_code: 'EENVELOPE',
      locked_by: null,
      run_at: new Date('2026-03-01T09:00:30.000Z'),
    });
    clock.advance(29_999);
    expect(await runner().runDueJobs()).toBe(0);
    clock.advance(1);
    expect(await runner().runDueJobs()).toBe(1);
    expect(await row()).toMatchObject({
      state: 'pending',
      attempts: 2,
      run_at: new Date('2026-03-01T09:01:30.000Z'),
    });
    clock.advance(60_000);
    expect(await runner().runDueJobs()).toBe(1);
    expect(await row()).toMatchObject({ state: 'failed', attempts: 3, locked_by: null });
    clock.advance(86_400_000);
    expect(await runner().runDueJobs()).toBe(0);
    expect(seen).toHaveLength(3);

    const log = JSON.stringify(captured.lines());
    expect(captured.lines().filter((l) => l.msg === 'job failed for good')).toMatchObject([
      { errorCode: 'EENVELOPE', kind: 'test-note', attempts: 3 },
    ]);
    expect(log).not.toContain('quinn');
    expect(log).not.toContain(recordId);
  });

  it("rolls back a failed try's writes, and commits a successful try's writes with done", async () => {
    behave = async ({ job, trx }) => {
      await recordJobRun(trx, { jobId: job.id, runner: 'runner-a', note: `try ${job.attempts}` });
      if (job.attempts === 1) throw new JobFailure('NOT_YET');
    };
    const { row } = await enqueueNote(clock.now());
    await runner().runDueJobs();
    const { id } = await row();
    expect((await jobRuns(database.db)).filter((r) => r.job_id === id)).toEqual([]);
    clock.advance(30_000);
    await runner().runDueJobs();
    expect((await jobRuns(database.db)).filter((r) => r.job_id === id)).toEqual([
      { job_id: id, runner: 'runner-a', note: 'try 2' },
    ]);
    expect(await row()).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('ends a job at once when its handler says another try cannot help', async () => {
    behave = () => Promise.reject(new JobFailure('RECORD_GONE', { retry: false }));
    const { row } = await enqueueNote(clock.now());
    await runner().runDueJobs();
    expect(await row()).toMatchObject({
      state: 'failed',
      attempts: 1,
      last_error_code: 'RECORD_GONE',
    });
  });

  it('takes over a job whose runner died once its lease has run out, and not before', async () => {
    const { row } = await enqueueNote(clock.now());
    // A runner claims it and is killed before it can run it.
    const claimed = await claimDueJob(database.db, {
      now: clock.now(),
      runnerId: 'killed',
      leaseMs: 60_000,
      skipKinds: [],
    });
    expect(claimed?.attempts).toBe(1);
    expect(await runner().runDueJobs()).toBe(0);
    clock.advance(59_999);
    expect(await runner().runDueJobs()).toBe(0);
    clock.advance(1);
    expect(await runner().runDueJobs()).toBe(1);
    expect(await row()).toMatchObject({ state: 'done', attempts: 2, locked_by: null });
    expect(seen).toHaveLength(1);
    expect(
      captured
        .lines()
        .filter((l) => l.msg === 'job taken over after the lease of a stopped runner ran out'),
    ).toHaveLength(1);
  });

  it('fails a job whose runner died on its last try, without running it again', async () => {
    const { row } = await enqueueNote(clock.now(), { maxAttempts: 1 });
    await claimDueJob(database.db, {
      now: clock.now(),
      runnerId: 'killed',
      leaseMs: 60_000,
      skipKinds: [],
    });
    clock.advance(60_000);
    await runner().runDueJobs();
    expect(seen).toEqual([]);
    expect(await row()).toMatchObject({
      state: 'failed',
      attempts: 1,
      last_error_code: 'LEASE_EXPIRED',
    });
  });

  it('logs a job of a kind it has no handler for, without its payload, and runs the rest', async () => {
    await insertJob(database.db, {
      practiceId,
      kind: 'from-a-newer-build',
      dedupeKey: 'newer-1',
      runAt: clock.now(),
      payload: { note: 'feeling hopeless' },
      maxAttempts: 5,
    });
    const { row } = await enqueueNote(clock.now());
    expect(await runner().runDueJobs()).toBe(2);
    expect(await row()).toMatchObject({ state: 'done' });
    // Left for a build that knows the kind (a rolling upgrade), with a back-off.
    expect(await jobRow('newer-1')).toMatchObject({
      state: 'pending',
      attempts: 1,
      last_error_code: 'UNKNOWN_KIND',
      run_at: new Date('2026-03-01T09:00:30.000Z'),
    });
    const errors = captured.lines().filter((l) => l.level === 50);
    expect(errors).toMatchObject([
      { kind: 'from-a-newer-build', msg: 'job of a kind this build has no handler for' },
    ]);
    expect(JSON.stringify(captured.lines())).not.toContain('hopeless');
  });

  it('fails, without running it, a job whose stored payload no longer fits its kind', async () => {
    await insertJob(database.db, {
      practiceId,
      kind: 'test-note',
      dedupeKey: 'old-shape',
      runAt: clock.now(),
      payload: { recordId: 'not-a-uuid' },
      maxAttempts: 3,
    });
    await runner().runDueJobs();
    expect(seen).toEqual([]);
    expect(await jobRow('old-shape')).toMatchObject({
      state: 'failed',
      last_error_code: 'PAYLOAD_INVALID',
    });
  });

  it('leaves kinds it is not enabled for to a runner that is', async () => {
    await database.db.transaction().execute((trx) =>
      enqueueJob(trx, {
        practiceId,
        kind: 'test-mail',
        dedupeKey: 'm1',
        runAt: clock.now(),
        payload: {},
      }),
    );
    mailEnabled = false;
    expect(await runner('no-smtp').runDueJobs()).toBe(0);
    expect(await jobRow('m1')).toMatchObject({ state: 'pending', attempts: 0, locked_by: null });
    mailEnabled = true;
    expect(await runner('with-smtp').runDueJobs()).toBe(1);
    expect(await jobRow('m1')).toMatchObject({ state: 'done' });
  });

  it('polls once started; stopping lets the running job finish and takes no new one', async () => {
    let release = () => undefined as void;
    const entered = new Promise<void>((resolveEntered) => {
      behave = () => {
        resolveEntered();
        return new Promise<void>((resolve) => (release = resolve));
      };
    });
    const first = await enqueueNote(clock.now());
    const second = await enqueueNote(clock.now());
    const polling = runner();
    polling.start();
    await entered;
    let stopped = false;
    const stopping = polling.stop().then(() => (stopped = true));
    // A full turn of the event loop: a stop that did not wait for the job would be over by now.
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    const rows = [await first.row(), await second.row()].map((r) => [r.state, r.attempts]);
    // Which of the two ran first is the database's choice; one is done, the other untouched.
    expect(rows.sort()).toEqual([
      ['done', 1],
      ['pending', 0],
    ]);
  });
});
