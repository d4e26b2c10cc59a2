import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestUser } from '../../testing/builders.ts';
import { raiseTestAlert } from './test-alerts.ts';

/** Response times through the real app: timings only, by therapist, from a pinned clock. */
let ctx: TestContext;
let now: Date;
beforeAll(async () => {
  ctx = await createTestApp();
  ctx.deps.clock = () => now;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

interface Times {
  count: number;
  acknowledged: number;
  waiting: number;
  medianHoursToAcknowledge: number | null;
  sameDayPercent: number | null;
}

describe('alert response times', () => {
  it('shows a supervisor each supervised therapist, a therapist their own, and nobody else anything', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
    await ctx.deps.db
      .updateTable('practices')
      .set({ time_zone: 'Europe/London' })
      .where('id', '=', practice.practiceId)
      .execute();
    // The supervisor supervises therapists[0] only; add therapists[1] too.
    await ctx.deps.db
      .insertInto('supervision')
      .values({
        practice_id: practice.practiceId,
        supervisor_id: practice.supervisor.id,
        therapist_id: practice.therapists[1]!.id,
        created_at: new Date(),
      })
      .execute();
    const [first, second] = [practice.therapists[0]!, practice.therapists[1]!];
    const raise = (client: number, at: string) =>
      raiseTestAlert(ctx.deps, {
        practiceId: practice.practiceId,
        clientId: practice.clients[client]!.id,
        at: new Date(at),
      });
    const acknowledge = async (user: TestUser, alertId: string, at: string) => {
      now = new Date(at);
      const answer = await (await as(user)).post(`/api/alerts/${alertId}/acknowledge`);
      expect(answer.statusCode).toBe(200);
    };
    // therapists[0]: 1 hour the same day, and 25 hours (the next day).
    await acknowledge(first, await raise(0, '2026-03-02T09:00:00Z'), '2026-03-02T10:00:00Z');
    await acknowledge(first, await raise(0, '2026-03-03T09:00:00Z'), '2026-03-04T10:00:00Z');
    // therapists[1]: 3 hours the same day, and one still waiting from yesterday.
    await acknowledge(second, await raise(1, '2026-03-05T09:00:00Z'), '2026-03-05T12:00:00Z');
    await raise(1, '2026-03-09T09:00:00Z');
    // Outside the last 90 days: not counted.
    await raise(1, '2025-11-01T09:00:00Z');

    now = new Date('2026-03-10T09:00:00Z');
    const read = async (user: TestUser) => {
      const answer = await (await as(user)).get('/api/alerts/response-times');
      return { status: answer.statusCode, body: answer.json<Record<string, unknown>>() };
    };
    const supervisor = await read(practice.supervisor);
    expect(supervisor.status).toBe(200);
    expect(supervisor.body).toMatchObject({
      since: '2025-12-10T09:00:00.000Z',
      timeZone: 'Europe/London',
      goal: expect.stringContaining('JMIR 2024;26:e60879') as string,
      summary: {
        count: 4,
        acknowledged: 3,
        waiting: 1,
        medianHoursToAcknowledge: 3,
        sameDayPercent: 50,
      } satisfies Times,
    });
    const byTherapist = supervisor.body.byTherapist as ({ therapistId: string } & Times)[];
    expect(Object.fromEntries(byTherapist.map((t) => [t.therapistId, t]))).toEqual({
      [first.id]: expect.objectContaining({
        count: 2,
        medianHoursToAcknowledge: 13,
        sameDayPercent: 50,
      }) as unknown,
      [second.id]: expect.objectContaining({
        count: 2,
        waiting: 1,
        medianHoursToAcknowledge: 3,
        sameDayPercent: 50,
      }) as unknown,
    });
    // Nothing in it names a client or an answer.
    expect(JSON.stringify(supervisor.body)).not.toMatch(/client|answer|"9"/i);

    const own = await read(first);
    expect((own.body.byTherapist as { therapistId: string }[]).map((t) => t.therapistId)).toEqual([
      first.id,
    ]);
    expect(own.body.summary).toMatchObject({ count: 2 });

    for (const user of [practice.admin, practice.clients[0]!]) {
      expect((await read(user)).status).toBe(403);
    }
    const audited = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['actor_id', 'detail'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'alerts.responseTimes.read')
      .execute();
    expect(audited.map((e) => e.actor_id)).toEqual([practice.supervisor.id, first.id]);
  });

  it('refuses a period outside 1..365 days by name', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const agent = await as(practice.therapists[0]!);
    for (const days of ['0', '366', 'many', '1.5']) {
      const answer = await agent.get(`/api/alerts/response-times?days=${days}`);
      expect(answer.statusCode, days).toBe(400);
      expect(answer.json(), days).toMatchObject({ path: 'querystring.days' });
    }
    expect((await agent.get('/api/alerts/response-times?days=7')).statusCode).toBe(200);
  });
});
