import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestUser } from '../../testing/builders.ts';
import { alertJobRunner } from './test-alert-jobs.ts';

/*
 * The whole path as people meet it: the admin names a fallback contact, the
 * therapist assigns PHQ-9, the client answers item 9 with 2 (and retries), the
 * therapist is told and acts, and an unanswered alert reaches the fallback.
 */
let ctx: TestContext;
let runner: JobRunner;
let now: Date;
beforeAll(async () => {
  ctx = await createTestApp({ smtpUrl: 'smtp://mail.invalid:25' });
  now = new Date('2026-03-10T09:00:00.000Z');
  ctx.deps.clock = () => now;
  runner = alertJobRunner(ctx.deps);
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const phq9 = (item9: number) =>
  Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [String(i + 1), i === 8 ? item9 : 1] as const),
  );

describe('a positive item 9, from the client’s phone to the inbox', () => {
  it('raises one alert per submission (not per retry) that the care team sees and acts on', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const [therapist, fallback] = [practice.therapists[0]!, practice.therapists[1]!];
    const client = practice.clients[0]!;
    const settings = await (
      await as(practice.admin)
    ).put('/api/admin/practice-settings', {
      timeZone: 'Europe/London',
      country: 'GB',
      alertFallbackStaffId: fallback.id,
      escalationMinutes: 30,
    });
    expect(settings.statusCode).toBe(200);
    const assigned = await (
      await as(therapist)
    ).post(`/api/clients/${client.id}/assignments`, {
      id: randomUUID(),
      instrumentId: 'phq-9',
      schedule: { kind: 'once' },
      startsOn: '2026-03-10',
    });
    expect(assigned.statusCode).toBe(201);

    const submission = {
      id: randomUUID(),
      occasionId: null,
      instrumentId: 'phq-9',
      answers: phq9(2),
    };
    const phone = await as(client);
    const first = await phone.post('/api/me/measures/responses', submission);
    expect(first.statusCode).toBe(201);
    expect(first.json<{ crisis: unknown }>().crisis).not.toBeNull();
    // The phone retries (the answer was lost on the way): no second alert.
    expect((await phone.post('/api/me/measures/responses', submission)).statusCode).toBe(200);

    const inbox = await (await as(therapist)).get('/api/alerts');
    const alerts = inbox.json<{ alerts: { id: string; itemId: string; answerValue: number }[] }>()
      .alerts;
    expect(alerts).toEqual([expect.objectContaining({ itemId: '9', answerValue: 2 })]);
    const alertId = alerts[0]!.id;
    // A client never sees alerts, their own included.
    expect((await phone.get(`/api/alerts/${alertId}`)).statusCode).toBe(403);

    // The e-mail at once; then 30 minutes pass with nobody acknowledging.
    await runner.runDueJobs();
    now = new Date('2026-03-10T09:30:00.000Z');
    await runner.runDueJobs();
    const escalated = await (await as(fallback)).get(`/api/alerts/${alertId}`);
    expect(escalated.json<{ alert: { escalatedAt: string | null } }>().alert.escalatedAt).toBe(
      '2026-03-10T09:30:00.000Z',
    );
    const mail = await ctx.deps.db
      .selectFrom('outbox')
      .select(['to_address', 'subject'])
      .where('practice_id', '=', practice.practiceId)
      .where('kind', '=', 'other')
      .orderBy('created_at')
      .execute();
    expect(mail).toEqual([
      { to_address: therapist.email, subject: 'New alert in Tandem' },
      { to_address: fallback.email, subject: 'Alert not yet acknowledged in Tandem' },
    ]);

    now = new Date('2026-03-10T09:40:00.000Z');
    const resolved = await (
      await as(therapist)
    ).post(`/api/alerts/${alertId}/resolve`, { note: 'Called; safe; seen tomorrow.' });
    expect(resolved.json<{ alert: { state: string } }>().alert.state).toBe('resolved');

    // A new positive submission always raises a new alert.
    now = new Date('2026-03-10T10:00:00.000Z');
    // (An hour on, the phone signs in again: sessions end after 30 idle minutes.)
    const again = await (
      await as(client)
    ).post('/api/me/measures/responses', {
      ...submission,
      id: randomUUID(),
    });
    expect(again.statusCode).toBe(201);
    const open = (await (await as(therapist)).get('/api/alerts'))
      .json<{ alerts: { id: string }[] }>()
      .alerts.map((a) => a.id);
    expect(open).toHaveLength(1);
    expect(open[0]).not.toBe(alertId);
  });
});
