import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { alertEscalationJob } from './alert-jobs.ts';
import { raiseTestAlert } from './test-alerts.ts';
import { alertJobRunner } from './test-alert-jobs.ts';

/*
 * Notices and escalation through the real job runner, with the clock pinned
 * and moved by the test: nothing here waits for real time. SMTP is "set up"
 * so mail is written to the outbox (nothing sends it in these tests).
 */
let ctx: TestContext;
let runner: JobRunner;
let now: Date;
const T0 = new Date('2026-03-10T09:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  ctx = await createTestApp({ smtpUrl: 'smtp://mail.invalid:25' });
  ctx.deps.clock = () => now;
  runner = alertJobRunner(ctx.deps);
});
beforeEach(() => {
  now = T0;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const runAt = async (at: Date) => {
  now = at;
  return runner.runDueJobs();
};

interface AlertJson {
  state: string;
  escalatedAt: string | null;
  recipients: { staffId: string; reason: string; delivery: string; notifiedAt: string | null }[];
}

/**
 * A practice whose fallback contact is therapists[1] (not on client 0's care
 * team), escalating after 60 minutes, with an alert of client 0 raised at T0.
 */
async function setUp(): Promise<{ practice: TestPractice; alertId: string; fallback: TestUser }> {
  const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
  const fallback = practice.therapists[1]!;
  const saved = await (
    await as(practice.admin)
  ).put('/api/admin/practice-settings', {
    timeZone: 'Europe/London',
    country: 'GB',
    alertFallbackStaffId: fallback.id,
    escalationMinutes: 60,
  });
  expect(saved.statusCode).toBe(200);
  const alertId = await raiseTestAlert(ctx.deps, {
    practiceId: practice.practiceId,
    clientId: practice.clients[0]!.id,
    at: T0,
  });
  return { practice, alertId, fallback };
}

const alertAs = async (user: TestUser, alertId: string) =>
  (await (await as(user)).get(`/api/alerts/${alertId}`)).json<{ alert: AlertJson }>().alert;

const mailTo = (user: TestUser) =>
  ctx.deps.db
    .selectFrom('outbox')
    .select(['subject', 'body', 'status'])
    .where('to_address', '=', user.email)
    .orderBy('created_at')
    .execute();

async function clientDetails(practice: TestPractice) {
  const client = await ctx.deps.db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', practice.clients[0]!.id)
    .executeTakeFirstOrThrow();
  return [client.display_name, practice.clients[0]!.email, 'PHQ', 'Patient Health', 'hurting'];
}

describe('the notice at once', () => {
  it('e-mails the care team a link and who else was told, never the client or the answer', async () => {
    const { practice, alertId } = await setUp();
    const therapist = practice.therapists[0]!;
    await runAt(T0);
    const [mail, ...more] = await mailTo(therapist);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ subject: 'New alert in Tandem', status: 'pending' });
    expect(mail!.body).toContain('http://tandem.test/alerts');
    expect(mail!.body).toContain('Nobody else was told.');
    for (const secret of await clientDetails(practice)) expect(mail!.body).not.toContain(secret);
    const alert = await alertAs(therapist, alertId);
    expect(alert.recipients).toEqual([
      expect.objectContaining({ staffId: therapist.id, notifiedAt: T0.toISOString() }),
    ]);
    // Once: the job does not run again.
    await runAt(minutes(1));
    expect(await mailTo(therapist)).toHaveLength(1);
  });
});

describe('escalation', () => {
  it('does nothing before the interval; after it, tells the fallback contact, who may then act', async () => {
    const { practice, alertId, fallback } = await setUp();
    const therapist = practice.therapists[0]!;
    await runAt(minutes(59));
    expect((await alertAs(therapist, alertId)).escalatedAt).toBeNull();
    const fallbackInbox = async () =>
      (await (await as(fallback)).get('/api/alerts'))
        .json<{ alerts: { id: string }[] }>()
        .alerts.map((a) => a.id);
    expect(await fallbackInbox()).toEqual([]);
    expect(await mailTo(fallback)).toEqual([]);

    await runAt(minutes(60));
    const alert = await alertAs(therapist, alertId);
    expect(alert.escalatedAt).toBe(minutes(60).toISOString());
    expect(alert.recipients).toEqual([
      expect.objectContaining({ staffId: therapist.id, reason: 'care-team' }),
      {
        staffId: fallback.id,
        displayName: expect.any(String) as string,
        reason: 'fallback',
        delivery: 'immediate',
        notifiedAt: minutes(60).toISOString(),
      },
    ]);
    // In the app: in the fallback contact's inbox. By e-mail: a link, the delay, who else knew.
    expect(await fallbackInbox()).toEqual([alertId]);
    const [mail] = await mailTo(fallback);
    expect(mail?.subject).toBe('Alert not yet acknowledged in Tandem');
    expect(mail?.body).toContain('has not been acknowledged for 1 hour');
    expect(mail?.body).toContain('http://tandem.test/alerts');
    expect(mail?.body).toMatch(/Also told: therapist0 \S+ \(therapist\)\./);
    for (const secret of await clientDetails(practice)) expect(mail?.body).not.toContain(secret);

    const acknowledged = await (await as(fallback)).post(`/api/alerts/${alertId}/acknowledge`);
    expect(acknowledged.statusCode).toBe(200);
    const resolved = await (
      await as(fallback)
    ).post(`/api/alerts/${alertId}/resolve`, { note: 'Reached the client by phone.' });
    expect(resolved.json<{ alert: AlertJson }>().alert.state).toBe('resolved');
  });

  it('does not escalate an alert acknowledged in time', async () => {
    const { practice, alertId, fallback } = await setUp();
    now = minutes(30);
    await (await as(practice.therapists[0]!)).post(`/api/alerts/${alertId}/acknowledge`);
    await runAt(minutes(61));
    const alert = await alertAs(practice.therapists[0]!, alertId);
    expect(alert.escalatedAt).toBeNull();
    expect(alert.recipients.map((r) => r.staffId)).toEqual([practice.therapists[0]!.id]);
    expect(await mailTo(fallback)).toEqual([]);
  });

  it('escalates once, even when the check runs twice', async () => {
    const { practice, alertId, fallback } = await setUp();
    now = minutes(61);
    const job = {
      id: alertId,
      practiceId: practice.practiceId,
      kind: 'alert-escalation',
      dedupeKey: alertId,
      payload: { alertId },
      runAt: minutes(60),
      attempts: 1,
      maxAttempts: 10,
    };
    for (const at of [minutes(61), minutes(62)]) {
      await ctx.deps.db
        .transaction()
        .execute((trx) => alertEscalationJob.run(ctx.deps, { job, now: at, trx }));
    }
    await runAt(minutes(63));
    const alert = await alertAs(practice.therapists[0]!, alertId);
    expect(alert.escalatedAt).toBe(minutes(61).toISOString());
    expect(alert.recipients.filter((r) => r.reason === 'fallback')).toHaveLength(1);
    expect(await mailTo(fallback)).toHaveLength(1);
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select('actor_role')
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'alert.escalate')
      .execute();
    expect(events).toEqual([{ actor_role: 'system' }]);
  });

  it('waits for a lengthened interval: the check comes back at the new time', async () => {
    const { practice, alertId, fallback } = await setUp();
    await (
      await as(practice.admin)
    ).put('/api/admin/practice-settings', {
      timeZone: 'Europe/London',
      country: 'GB',
      alertFallbackStaffId: fallback.id,
      escalationMinutes: 120,
    });
    await runAt(minutes(60));
    expect((await alertAs(practice.therapists[0]!, alertId)).escalatedAt).toBeNull();
    await runAt(minutes(119));
    expect((await alertAs(practice.therapists[0]!, alertId)).escalatedAt).toBeNull();
    await runAt(minutes(120));
    expect((await alertAs(practice.therapists[0]!, alertId)).escalatedAt).toBe(
      minutes(120).toISOString(),
    );
  });

  it('marks the alert escalated, telling nobody new, when the fallback contact has left', async () => {
    const { practice, alertId, fallback } = await setUp();
    await ctx.deps.db
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', fallback.id)
      .execute();
    await runAt(minutes(60));
    const alert = await alertAs(practice.therapists[0]!, alertId);
    expect(alert.escalatedAt).toBe(minutes(60).toISOString());
    expect(alert.recipients.map((r) => r.reason)).toEqual(['care-team']);
    expect(await mailTo(fallback)).toEqual([]);
  });
});

describe('the digest', () => {
  it('gathers a notice until the end of its 3-hour window, then sends a count and a link', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const [first, second] = [practice.therapists[0]!, practice.therapists[1]!];
    const client = practice.clients[0]!.id;
    await (
      await as(practice.admin)
    ).put(`/api/admin/clients/${client}/care-team`, { therapistIds: [first.id, second.id] });
    await (
      await as(second)
    ).put('/api/me/notification-preferences', {
      preferences: [{ kind: 'critical-item', delivery: 'digest' }],
    });
    // Raised at 10:00 and 10:30 UTC: both in the window that closes at 12:00.
    const raise = (at: Date) =>
      raiseTestAlert(ctx.deps, { practiceId: practice.practiceId, clientId: client, at });
    const a = await raise(new Date('2026-03-10T10:00:00.000Z'));
    const b = await raise(new Date('2026-03-10T10:30:00.000Z'));
    await runAt(new Date('2026-03-10T11:59:00.000Z'));
    expect(await mailTo(first)).toHaveLength(2);
    expect(await mailTo(second)).toEqual([]);
    // One of them handled before the digest: the digest counts what still waits.
    now = new Date('2026-03-10T11:59:30.000Z');
    await (await as(first)).post(`/api/alerts/${a}/acknowledge`);

    await runAt(new Date('2026-03-10T12:00:00.000Z'));
    const digests = await mailTo(second);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('Alerts waiting in Tandem');
    expect(digests[0]?.body).toContain('1 alert is waiting for you in Tandem.');
    for (const secret of await clientDetails(practice)) {
      expect(digests[0]?.body).not.toContain(secret);
    }
    const alert = await alertAs(second, b);
    expect(alert.recipients.find((r) => r.staffId === second.id)).toMatchObject({
      delivery: 'digest',
      notifiedAt: '2026-03-10T12:00:00.000Z',
    });
    // Nothing more to send in the next window.
    await runAt(new Date('2026-03-10T15:00:00.000Z'));
    expect(await mailTo(second)).toHaveLength(1);
  });
});

describe('without SMTP', () => {
  it('records the in-app notice and writes no mail the admin would have to pass on', async () => {
    const { practice, alertId } = await setUp();
    const plain = alertJobRunner({ ...ctx.deps, config: { ...ctx.deps.config, smtpUrl: null } });
    now = T0;
    await plain.runDueJobs();
    expect(await mailTo(practice.therapists[0]!)).toEqual([]);
    const alert = await alertAs(practice.therapists[0]!, alertId);
    expect(alert.recipients[0]?.notifiedAt).toBe(T0.toISOString());
  });
});
