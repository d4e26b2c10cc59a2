import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { raiseCriticalItemAlerts } from './raise-alerts.ts';
import { raiseTestAlert } from './test-alerts.ts';

/*
 * The alerts inbox through the real app: who sees an alert, acknowledging and
 * resolving it, and what each answer says. Times come from a pinned clock.
 */
let ctx: TestContext;
let now: Date;
beforeAll(async () => {
  ctx = await createTestApp();
  ctx.deps.clock = () => now;
});
beforeEach(() => {
  now = new Date('2026-03-10T09:00:00.000Z');
});
afterAll(async () => ctx.close());

interface AlertJson {
  id: string;
  clientId: string;
  clientName: string;
  instrumentTitle: string;
  itemId: string;
  itemText: string;
  answerValue: number;
  answerLabel: string | null;
  state: string;
  createdAt: string;
  acknowledged: null | { by: { id: string; displayName: string }; at: string };
  resolved: null | { by: { id: string; displayName: string }; at: string; note: string };
  escalatedAt: string | null;
  recipients: { staffId: string; reason: string; delivery: string; notifiedAt: string | null }[];
}

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const alertOf = (answer: { json: <T>() => T }) => answer.json<{ alert: AlertJson }>().alert;
const inbox = async (user: TestUser, state = 'open') =>
  (await (await as(user)).get(`/api/alerts?state=${state}`))
    .json<{ alerts: AlertJson[] }>()
    .alerts.map((a) => a.id);

async function practiceWithAlert(): Promise<{ practice: TestPractice; alertId: string }> {
  const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
  const alertId = await raiseTestAlert(ctx.deps, {
    practiceId: practice.practiceId,
    clientId: practice.clients[0]!.id,
    at: now,
  });
  return { practice, alertId };
}

describe('raising an alert', () => {
  it('stores a new alert with the answer, tells the care team and audits it', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const therapist = practice.therapists[0]!;
    const answer = await (await as(therapist)).get(`/api/alerts/${alertId}`);
    expect(answer.statusCode).toBe(200);
    expect(alertOf(answer)).toMatchObject({
      id: alertId,
      clientId: practice.clients[0]!.id,
      instrumentTitle: 'Patient Health Questionnaire-9',
      itemId: '9',
      itemText: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      answerValue: 2,
      answerLabel: 'More than half the days',
      state: 'new',
      createdAt: '2026-03-10T09:00:00.000Z',
      acknowledged: null,
      resolved: null,
      escalatedAt: null,
      recipients: [
        expect.objectContaining({
          staffId: therapist.id,
          reason: 'care-team',
          delivery: 'immediate',
        }),
      ],
    });
    const raised = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['actor_id', 'actor_role', 'client_id', 'detail'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'alert.raise')
      .where('resource_id', '=', alertId)
      .execute();
    expect(raised).toEqual([
      expect.objectContaining({
        actor_id: null,
        actor_role: 'system',
        client_id: practice.clients[0]!.id,
      }),
    ]);
  });

  it('raises a new alert for every positive answer, never merging them', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const second = await raiseTestAlert(ctx.deps, {
      practiceId: practice.practiceId,
      clientId: practice.clients[0]!.id,
      value: 3,
      at: now,
    });
    expect(second).not.toBe(alertId);
    expect((await inbox(practice.therapists[0]!)).sort()).toEqual([alertId, second].sort());
  });

  it('refuses to run outside a transaction, so an alert never commits without its answers', async () => {
    await expect(
      raiseCriticalItemAlerts(
        ctx.deps.db,
        {
          practiceId: randomUUID(),
          clientId: randomUUID(),
          responseId: randomUUID(),
          instrumentId: 'phq-9',
          answers: [{ itemId: '9', value: 1 }],
        },
        now,
      ),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('sends it at once to the care team when everyone chose the digest', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const therapist = practice.therapists[0]!;
    const agent = await as(therapist);
    const put = await agent.put('/api/me/notification-preferences', {
      preferences: [{ kind: 'critical-item', delivery: 'digest' }],
    });
    expect(put.statusCode).toBe(200);
    const alertId = await raiseTestAlert(ctx.deps, {
      practiceId: practice.practiceId,
      clientId: practice.clients[0]!.id,
      at: now,
    });
    const alert = alertOf(await agent.get(`/api/alerts/${alertId}`));
    expect(alert.recipients).toEqual([
      expect.objectContaining({ staffId: therapist.id, delivery: 'immediate' }),
    ]);
  });

  it('keeps a member’s digest choice while another member gets it at once', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const [first, second] = [practice.therapists[0]!, practice.therapists[1]!];
    const client = practice.clients[0]!.id;
    const admin = await as(practice.admin);
    expect(
      (
        await admin.put(`/api/admin/clients/${client}/care-team`, {
          therapistIds: [first.id, second.id],
        })
      ).statusCode,
    ).toBe(200);
    await (
      await as(second)
    ).put('/api/me/notification-preferences', {
      preferences: [{ kind: 'critical-item', delivery: 'digest' }],
    });
    const alertId = await raiseTestAlert(ctx.deps, {
      practiceId: practice.practiceId,
      clientId: client,
      at: now,
    });
    const alert = alertOf(await (await as(first)).get(`/api/alerts/${alertId}`));
    const delivery = Object.fromEntries(alert.recipients.map((r) => [r.staffId, r.delivery]));
    expect(delivery).toEqual({ [first.id]: 'immediate', [second.id]: 'digest' });
  });
});

describe('who sees an alert', () => {
  it('the care team and their supervisor; not another therapist, a client, an admin or another practice', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const other = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    expect(await inbox(practice.therapists[0]!)).toEqual([alertId]);
    expect(await inbox(practice.supervisor)).toEqual([alertId]);
    expect(await inbox(practice.therapists[1]!)).toEqual([]);
    expect(await inbox(other.therapists[0]!)).toEqual([]);

    const status = async (user: TestUser, method: 'GET' | 'POST', path: string, body?: object) =>
      (await (await as(user)).request(method, `/api/alerts/${alertId}${path}`, body)).statusCode;
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['POST', '/acknowledge', {}],
      ['POST', '/resolve', { note: 'Called the client.' }],
    ] as const) {
      expect(await status(practice.therapists[1]!, method, path, body), path).toBe(404);
      expect(await status(other.therapists[0]!, method, path, body), path).toBe(404);
      expect(await status(practice.clients[0]!, method, path, body), path).toBe(403);
      expect(await status(practice.admin, method, path, body), path).toBe(403);
    }
    expect((await (await as(practice.clients[0]!)).get('/api/alerts')).statusCode).toBe(403);
    expect((await (await as(practice.admin)).get('/api/alerts')).statusCode).toBe(403);
    // Nobody above changed it.
    const alert = alertOf(await (await as(practice.therapists[0]!)).get(`/api/alerts/${alertId}`));
    expect(alert.state).toBe('new');
  });

  it('answers an unknown or malformed id with 404', async () => {
    const { practice } = await practiceWithAlert();
    const agent = await as(practice.therapists[0]!);
    for (const id of [randomUUID(), 'not-a-uuid', 'x'.repeat(64)]) {
      expect((await agent.get(`/api/alerts/${id}`)).statusCode, id).toBe(404);
    }
  });

  it('refuses an unknown state filter by name', async () => {
    const { practice } = await practiceWithAlert();
    const answer = await (await as(practice.therapists[0]!)).get('/api/alerts?state=all');
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'querystring.state' });
  });

  it('records every read: the inbox names the alerts and clients, one alert names its client', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const agent = await as(practice.therapists[0]!);
    await agent.get('/api/alerts');
    await agent.get(`/api/alerts/${alertId}`);
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'client_id', 'resource_id', 'detail'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', 'in', ['alerts.list', 'alert.read'])
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      expect.objectContaining({
        action: 'alerts.list',
        actor_id: practice.therapists[0]!.id,
        detail: { filter: 'open', alertIds: [alertId], clientIds: [practice.clients[0]!.id] },
      }),
      expect.objectContaining({
        action: 'alert.read',
        resource_id: alertId,
        client_id: practice.clients[0]!.id,
      }),
    ]);
  });
});

describe('acknowledging and resolving', () => {
  it('records who acknowledged and when; again answers the same alert', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const therapist = practice.therapists[0]!;
    now = new Date('2026-03-10T10:30:00.000Z');
    const first = alertOf(await (await as(therapist)).post(`/api/alerts/${alertId}/acknowledge`));
    expect(first).toMatchObject({
      state: 'acknowledged',
      acknowledged: { by: { id: therapist.id }, at: '2026-03-10T10:30:00.000Z' },
    });
    now = new Date('2026-03-10T10:31:00.000Z');
    const again = await (await as(practice.supervisor)).post(`/api/alerts/${alertId}/acknowledge`);
    expect(again.statusCode).toBe(200);
    expect(alertOf(again).acknowledged).toEqual(first.acknowledged);
  });

  it('resolves with a note, keeping who acknowledged; resolving again keeps the first note', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const [therapist, supervisor] = [practice.therapists[0]!, practice.supervisor];
    now = new Date('2026-03-10T10:00:00.000Z');
    await (await as(therapist)).post(`/api/alerts/${alertId}/acknowledge`);
    now = new Date('2026-03-10T11:00:00.000Z');
    const note = 'Phoned the client.\nSafety plan reviewed; session moved to Thursday.';
    const resolved = alertOf(
      await (await as(supervisor)).post(`/api/alerts/${alertId}/resolve`, { note }),
    );
    expect(resolved).toMatchObject({
      state: 'resolved',
      acknowledged: { by: { id: therapist.id }, at: '2026-03-10T10:00:00.000Z' },
      resolved: { by: { id: supervisor.id }, at: '2026-03-10T11:00:00.000Z', note },
    });
    const again = await (
      await as(therapist)
    ).post(`/api/alerts/${alertId}/resolve`, { note: 'Something else' });
    expect(again.statusCode).toBe(200);
    expect(alertOf(again).resolved).toEqual(resolved.resolved);
    expect(await inbox(therapist)).toEqual([]);
    expect(await inbox(therapist, 'resolved')).toEqual([alertId]);
  });

  it('resolving an alert nobody acknowledged acknowledges it too, by the same person', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const therapist = practice.therapists[0]!;
    now = new Date('2026-03-10T12:00:00.000Z');
    const resolved = alertOf(
      await (await as(therapist)).post(`/api/alerts/${alertId}/resolve`, { note: 'Seen today.' }),
    );
    expect(resolved.acknowledged).toEqual({
      by: { id: therapist.id, displayName: expect.any(String) as string },
      at: '2026-03-10T12:00:00.000Z',
    });
    expect(resolved.resolved?.at).toBe('2026-03-10T12:00:00.000Z');
  });

  it('will not acknowledge a resolved alert', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const agent = await as(practice.therapists[0]!);
    await agent.post(`/api/alerts/${alertId}/resolve`, { note: 'Done.' });
    const answer = await agent.post(`/api/alerts/${alertId}/acknowledge`);
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'ALERT_RESOLVED' });
  });

  it('refuses a missing, empty, too long or unsafe note by name, changing nothing', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const agent = await as(practice.therapists[0]!);
    for (const body of [
      {},
      { note: '' },
      { note: '   \n ' },
      { note: 'x'.repeat(2001) },
      { note: 'bell\u0007' },
      { note: 42 },
    ]) {
      const answer = await agent.post(`/api/alerts/${alertId}/resolve`, body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.json(), JSON.stringify(body)).toMatchObject({
        code: 'VALIDATION_FAILED',
        path: 'note',
      });
    }
    const extra = await agent.post(`/api/alerts/${alertId}/resolve`, { note: 'ok', other: 1 });
    expect(extra.json()).toMatchObject({ code: 'UNKNOWN_FIELD' });
    expect(alertOf(await agent.get(`/api/alerts/${alertId}`)).state).toBe('new');
    // 2000 characters is the limit, not past it.
    const longest = await agent.post(`/api/alerts/${alertId}/resolve`, { note: 'y'.repeat(2000) });
    expect(longest.statusCode).toBe(200);
  });

  it('records acknowledging and resolving in the audit log with the client', async () => {
    const { practice, alertId } = await practiceWithAlert();
    const agent = await as(practice.therapists[0]!);
    await agent.post(`/api/alerts/${alertId}/acknowledge`);
    await agent.post(`/api/alerts/${alertId}/resolve`, { note: 'Done.' });
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['action', 'client_id', 'detail'])
      .where('practice_id', '=', practice.practiceId)
      .where('resource_id', '=', alertId)
      .where('action', 'in', ['alert.acknowledge', 'alert.resolve'])
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      {
        action: 'alert.acknowledge',
        client_id: practice.clients[0]!.id,
        detail: { changed: true },
      },
      { action: 'alert.resolve', client_id: practice.clients[0]!.id, detail: { changed: true } },
    ]);
  });
});
