import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../modules/audit/audit-anchor.ts';
import { readAnchorLines } from '../modules/audit/audit-anchor-file.ts';
import { appendAuditEvent } from '../modules/audit/audit.repo.ts';
import { insertSession } from '../modules/sessions/sessions.repo.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';
import { startSmtpCatcher } from '../testing/smtp-catcher.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { anchorAuditTips } from './audit-checkpoints.ts';
import { jobHandlers } from './handlers.ts';
import type { JobDeps } from './job-deps.ts';
import { INSTALLATION, jobKinds } from './job-kinds.ts';
import { createJobRunner } from './job-runner.ts';
import { capturingLog } from './job-test-kit.ts';
import { insertJob } from './jobs.repo.ts';
import { smtpTransport, type MailTransport } from './outbox-sender.ts';

/** Tandem's own jobs (handlers.ts) on the runner, against the real app's database. */
let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let practice: TestPractice;
let dataDir: string;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ctx = await createTestApp({ smtpUrl: smtp.url });
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-jobs-'));
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await ctx.deps.db.deleteFrom('jobs').execute();
});

function jobDeps(
  mail: MailTransport | null,
  options: { anchorFile?: string; clock?: () => Date } = {},
) {
  const captured = capturingLog();
  const anchorFile = options.anchorFile ?? path.join(dataDir, 'anchors.jsonl');
  const deps: JobDeps = {
    db: ctx.deps.db,
    config: ctx.deps.config,
    log: captured.log,
    clock: options.clock ?? ctx.deps.clock,
    mail,
    auditAnchoring: { privateKey, anchorFile, intervalMs: 60_000, lastAnchored: new Map() },
  };
  return { deps, lines: captured.lines };
}

function runnerFor(deps: JobDeps) {
  return createJobRunner(deps, { kinds: jobKinds, handlers: jobHandlers }, { pollIntervalMs: 10 });
}

const jobsByKind = async () =>
  (
    await ctx.deps.db
      .selectFrom('jobs')
      .select(['practice_id', 'kind', 'state'])
      .orderBy('kind')
      .execute()
  ).map((row) => [row.practice_id, row.kind, row.state]);

describe("Tandem's jobs", () => {
  it('sweep the outbox on an instance with SMTP only, and deliver what waits', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    await therapist.post('/api/clients/invite', {
      id: randomUUID(),
      email: 'swept@example.test',
      displayName: 'Swept',
    });
    const status = () =>
      ctx.deps.db
        .selectFrom('outbox')
        .select('status')
        .where('to_address', '=', 'swept@example.test')
        .executeTakeFirstOrThrow();

    await runnerFor(jobDeps(null).deps).runDueJobs();
    expect(await jobsByKind()).toEqual([
      [INSTALLATION, 'audit-checkpoint', 'done'],
      [INSTALLATION, 'housekeeping', 'done'],
    ]);
    expect(await status()).toEqual({ status: 'pending' });

    const transport = smtpTransport(smtp.url);
    try {
      await runnerFor(jobDeps(transport).deps).runDueJobs();
    } finally {
      transport.close();
    }
    expect(await jobsByKind()).toContainEqual([INSTALLATION, 'outbox-sweep', 'done']);
    expect(await status()).toEqual({ status: 'sent' });
    expect(smtp.mails.filter((m) => m.to.includes('swept@example.test'))).toHaveLength(1);
  });

  it('keep house: expired sessions, old rate-limit windows, and finished jobs past keeping', async () => {
    const now = ctx.deps.clock();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const therapist = practice.therapists[0]!;
    const session = (id: string, expiresAt: Date) =>
      insertSession(ctx.deps.db, {
        id,
        practiceId: practice.practiceId,
        userId: therapist.id,
        csrfToken: id,
        now,
        expiresAt,
      });
    await session('housekeeping-expired', daysAgo(1));
    await session('housekeeping-live', new Date(now.getTime() + 3_600_000));
    await ctx.deps.db
      .insertInto('rate_limits')
      .values([
        { key: 'housekeeping-old', window_start: daysAgo(2), hits: 1 },
        { key: 'housekeeping-new', window_start: now, hits: 1 },
      ])
      .execute();
    const finished = [
      { key: 'done-8-days', practiceId: practice.practiceId, state: 'done', days: 8 },
      { key: 'done-6-days', practiceId: practice.practiceId, state: 'done', days: 6 },
      { key: 'installation-done-2-days', practiceId: INSTALLATION, state: 'done', days: 2 },
      { key: 'installation-done-12-hours', practiceId: INSTALLATION, state: 'done', days: 0.5 },
      { key: 'failed-31-days', practiceId: practice.practiceId, state: 'failed', days: 31 },
      { key: 'failed-29-days', practiceId: practice.practiceId, state: 'failed', days: 29 },
    ] as const;
    for (const job of finished) {
      await insertJob(ctx.deps.db, {
        practiceId: job.practiceId,
        kind: 'housekeeping',
        dedupeKey: job.key,
        runAt: daysAgo(job.days),
        payload: {},
        maxAttempts: 1,
      });
      await ctx.deps.db
        .updateTable('jobs')
        .set({ state: job.state })
        .where('dedupe_key', '=', job.key)
        .execute();
    }

    await runnerFor(jobDeps(null).deps).runDueJobs();

    const sessions = await ctx.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('id', 'like', 'housekeeping-%')
      .execute();
    expect(sessions.map((s) => s.id)).toEqual(['housekeeping-live']);
    const windows = await ctx.deps.db
      .selectFrom('rate_limits')
      .select('key')
      .where('key', 'like', 'housekeeping-%')
      .execute();
    expect(windows.map((w) => w.key)).toEqual(['housekeeping-new']);
    const kept = await ctx.deps.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where(
        'dedupe_key',
        'in',
        finished.map((job) => job.key),
      )
      .orderBy('dedupe_key')
      .execute();
    expect(kept.map((job) => job.dedupe_key)).toEqual([
      'done-6-days',
      'failed-29-days',
      'installation-done-12-hours',
    ]);
  });

  it('anchor moved audit tips once per period, and again when the instance stops', async () => {
    const anchorFile = path.join(dataDir, 'checkpoints.jsonl');
    // One moment for the whole test, so that both runs fall in one period.
    const now = ctx.deps.clock();
    const { deps, lines } = jobDeps(null, { anchorFile, clock: () => now });
    const audit = () =>
      ctx.deps.db.transaction().execute((trx) =>
        appendAuditEvent(
          trx,
          {
            practiceId: practice.practiceId,
            actorId: practice.admin.id,
            actorRole: 'admin',
            action: 'outbox.read',
            resourceType: 'test',
            outcome: 'allowed',
          },
          now,
        ),
      );
    await audit();
    const seqOf = async () =>
      Number(
        (
          await ctx.deps.db
            .selectFrom('audit_heads')
            .select('seq')
            .where('practice_id', '=', practice.practiceId)
            .executeTakeFirstOrThrow()
        ).seq,
      );
    const anchoredSeqs = async () =>
      ((await readAnchorLines(anchorFile)) ?? [])
        .map((line) => readCheckpoint(line, publicKey))
        .flatMap((reading) => (reading.ok ? [reading.checkpoint] : []))
        .filter((checkpoint) => checkpoint.practiceId === practice.practiceId)
        .map((checkpoint) => checkpoint.seq);

    await runnerFor(deps).runDueJobs();
    const first = await seqOf();
    expect(await anchoredSeqs()).toEqual([first]);
    expect(lines().filter((l) => l.msg === 'audit checkpoint').length).toBeGreaterThan(0);

    // Same period: the job has run; what this instance writes next is anchored when it stops.
    await audit();
    await runnerFor(deps).runDueJobs();
    expect(await anchoredSeqs()).toEqual([first]);
    await anchorAuditTips(deps, now);
    expect(await anchoredSeqs()).toEqual([first, await seqOf()]);
    // An unmoved tip is not written again.
    await anchorAuditTips(deps, now);
    expect(await anchoredSeqs()).toEqual([first, await seqOf()]);
  });
});
