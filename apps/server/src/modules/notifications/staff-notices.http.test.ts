import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { sendDueMail, smtpTransport } from '../../jobs/outbox-sender.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { startSmtpCatcher } from '../../testing/smtp-catcher.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { nextDigestAt } from './digest-window.ts';
import { noticeJobRunner } from './test-notice-jobs.ts';

/*
 * Caseload notices (not on track, overdue) through the real app, the real job
 * runner and a real SMTP server, with the clock pinned and moved by the test.
 */
let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let runner: JobRunner;
let now: Date;
const T0 = new Date('2026-03-02T10:00:00.000Z');
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ctx = await createTestApp({ smtpUrl: smtp.url });
  ctx.deps.clock = () => now;
  runner = noticeJobRunner(ctx.deps);
});
beforeEach(() => {
  now = T0;
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

function gad7Total(total: number): Record<string, number> {
  return Object.fromEntries(
    Array.from({ length: 7 }, (_, i) => [String(i + 1), Math.min(3, Math.max(0, total - 3 * i))]),
  );
}

async function assignGad7(practice: TestPractice, schedule: Record<string, unknown>) {
  const answer = await (
    await as(practice.therapists[0]!)
  ).post(`/api/clients/${practice.clients[0]!.id}/assignments`, {
    id: randomUUID(),
    instrumentId: 'gad-7',
    schedule,
    startsOn: now.toISOString().slice(0, 10),
    windowDays: 2,
  });
  expect(answer.statusCode, answer.body).toBe(201);
}

async function answer(practice: TestPractice, day: number, total: number): Promise<void> {
  now = days(day);
  const sent = await (
    await as(practice.clients[0]!)
  ).post('/api/me/measures/responses', {
    id: randomUUID(),
    occasionId: null,
    instrumentId: 'gad-7',
    answers: gad7Total(total),
  });
  expect(sent.statusCode, sent.body).toBe(201);
}

const noticesOf = (practice: TestPractice) =>
  ctx.deps.db
    .selectFrom('staff_notices as n')
    .innerJoin('staff_notice_recipients as r', (join) =>
      join.onRef('r.practice_id', '=', 'n.practice_id').onRef('r.notice_id', '=', 'n.id'),
    )
    .select(['n.kind', 'n.instrument_id', 'r.staff_id', 'r.delivery', 'r.notified_at'])
    .where('n.practice_id', '=', practice.practiceId)
    .orderBy('n.created_at')
    .execute();

const mailTo = (user: TestUser) =>
  ctx.deps.db
    .selectFrom('outbox')
    .select(['subject', 'body', 'status'])
    .where('to_address', '=', user.email)
    .orderBy('created_at')
    .execute();

async function clientWords(practice: TestPractice): Promise<string[]> {
  const row = await ctx.deps.db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', practice.clients[0]!.id)
    .executeTakeFirstOrThrow();
  return [row.display_name, practice.clients[0]!.email, 'GAD-7', 'anxiety'];
}

/** Sends what waits in the outbox to the catcher, as the outbox sweep would. */
async function deliverOutbox(): Promise<void> {
  const transport = smtpTransport(smtp.url);
  try {
    await sendDueMail(ctx.deps.db, transport, {
      from: ctx.deps.config.mailFrom,
      now: () => now,
      log: pino({ level: 'silent' }),
    });
  } finally {
    transport.close();
  }
}

describe('not-on-track notices', () => {
  it('tell the care team once per episode, at once by default, by e-mail with no client or measure', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const therapist = practice.therapists[0]!;
    await assignGad7(practice, { kind: 'once' });
    // Baseline 14; by week 5 only 2 points better: early non-response, not on track.
    await answer(practice, 0, 14);
    await answer(practice, 14, 13);
    expect(await noticesOf(practice)).toEqual([]);
    await answer(practice, 35, 12);
    expect(await noticesOf(practice)).toEqual([
      expect.objectContaining({
        kind: 'not-on-track',
        staff_id: therapist.id,
        delivery: 'immediate',
        notified_at: null,
      }),
    ]);
    // Still not on track: the same episode, nobody is told again.
    await answer(practice, 42, 12);
    expect(await noticesOf(practice)).toHaveLength(1);

    // Two runners at once (two instances) tell the therapist once.
    await Promise.all([runner.runDueJobs(), noticeJobRunner(ctx.deps).runDueJobs()]);
    const mails = await mailTo(therapist);
    expect(mails).toHaveLength(1);
    expect((await noticesOf(practice))[0]?.notified_at).not.toBeNull();
    await deliverOutbox();
    const caught = smtp.mails.filter((m) => m.to.includes(therapist.email));
    expect(caught).toHaveLength(1);
    expect(caught[0]?.raw).toContain('A client on your caseload needs attention');
    expect(caught[0]?.raw).toContain(`${ctx.deps.config.publicUrl}/`);
    for (const word of await clientWords(practice)) expect(caught[0]?.raw).not.toContain(word);

    // In the app: the therapist's list names the client and the measure; other staff see nothing.
    const inApp = await (await as(therapist)).get('/api/me/notices');
    expect(inApp.statusCode).toBe(200);
    expect(inApp.json<{ notices: unknown[] }>().notices).toEqual([
      expect.objectContaining({
        kind: 'not-on-track',
        clientId: practice.clients[0]!.id,
        instrumentTitle: 'GAD-7',
        delivery: 'immediate',
        notifiedAt: expect.any(String),
      }),
    ]);
    const other = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    expect(
      (await (await as(other.therapists[0]!)).get('/api/me/notices')).json<{ notices: unknown[] }>()
        .notices,
    ).toEqual([]);
    expect((await (await as(practice.clients[0]!)).get('/api/me/notices')).statusCode).toBe(403);

    // Back on track (below caseness), then not on track again: a new episode, a new notice.
    await answer(practice, 49, 5);
    await answer(practice, 56, 13);
    const notices = await noticesOf(practice);
    expect(notices.map((n) => n.kind)).toEqual(['not-on-track', 'not-on-track']);
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['actor_role', 'client_id'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'staff-notice.raise')
      .execute();
    expect(events).toEqual([
      { actor_role: 'system', client_id: practice.clients[0]!.id },
      { actor_role: 'system', client_id: practice.clients[0]!.id },
    ]);
  });

  it('gather into the digest for those who chose it, and reach SMTP as one summary', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const therapist = practice.therapists[0]!;
    const chose = await (
      await as(therapist)
    ).put('/api/me/notification-preferences', {
      preferences: [{ kind: 'not-on-track', delivery: 'digest' }],
    });
    expect(chose.statusCode).toBe(200);
    await assignGad7(practice, { kind: 'once' });
    await answer(practice, 0, 14);
    await answer(practice, 14, 13);
    await answer(practice, 35, 12);
    expect(await noticesOf(practice)).toEqual([
      expect.objectContaining({ kind: 'not-on-track', delivery: 'digest', notified_at: null }),
    ]);
    await runner.runDueJobs();
    expect(await mailTo(therapist)).toEqual([]);
    now = nextDigestAt(now);
    await runner.runDueJobs();
    const mails = await mailTo(therapist);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Waiting for you in Tandem');
    expect(mails[0]?.body).toContain(
      'A client on your caseload is newly not on track on a measure.',
    );
    expect((await noticesOf(practice))[0]?.notified_at).not.toBeNull();
    // The next window has nothing left to send.
    now = nextDigestAt(now);
    await runner.runDueJobs();
    expect(await mailTo(therapist)).toHaveLength(1);
    await deliverOutbox();
    const caught = smtp.mails.filter((m) => m.to.includes(therapist.email));
    expect(caught).toHaveLength(1);
    for (const word of await clientWords(practice)) expect(caught[0]?.raw).not.toContain(word);
  });
});

describe('overdue notices', () => {
  it('tell the care team once when an occasion closes unanswered, and never for an answered one', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const therapist = practice.therapists[0]!;
    // Weekly, open for 2 days from each due date.
    await assignGad7(practice, { kind: 'every-n-days', days: 7 });
    await runner.runDueJobs();
    // The first occasion is answered, so its close tells nobody.
    const todo = (await (await as(practice.clients[0]!)).get('/api/me/measures/todo')).json<{
      todo: { occasionId: string }[];
    }>().todo;
    expect(todo).toHaveLength(1);
    const sent = await (
      await as(practice.clients[0]!)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: todo[0]!.occasionId,
      instrumentId: 'gad-7',
      answers: gad7Total(10),
    });
    expect(sent.statusCode).toBe(201);
    now = days(3);
    await runner.runDueJobs();
    expect(await noticesOf(practice)).toEqual([]);
    // The second opens on day 7 and closes unanswered.
    now = days(7);
    await runner.runDueJobs();
    expect(await noticesOf(practice)).toEqual([]);
    now = days(10);
    await runner.runDueJobs();
    expect(await noticesOf(practice)).toEqual([
      expect.objectContaining({ kind: 'overdue', staff_id: therapist.id, delivery: 'immediate' }),
    ]);
    // Told at once, in the same run (the notice's job was due at once).
    await runner.runDueJobs();
    const mails = await mailTo(therapist);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain('was not answered in time');
    // Running again tells nobody twice.
    await runner.runDueJobs();
    expect(await noticesOf(practice)).toHaveLength(1);
    expect(await mailTo(therapist)).toHaveLength(1);
  });

  it('tell nobody about a paused assignment', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    await assignGad7(practice, { kind: 'once' });
    await runner.runDueJobs();
    await ctx.deps.db
      .updateTable('measure_assignments')
      .set({ status: 'paused' })
      .where('practice_id', '=', practice.practiceId)
      .execute();
    now = days(5);
    await runner.runDueJobs();
    expect(await noticesOf(practice)).toEqual([]);
  });
});
