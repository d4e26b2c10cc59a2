import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
  // The practice's clock is UTC here, so a date begins at 00:00Z.
  await ctx.deps.db.updateTable('practices').set({ time_zone: 'UTC' }).execute();
});
afterAll(async () => ctx.close());

const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe('recorded sessions', () => {
  it('start the "since last session" summary, once per date', async () => {
    const client = practice.clients[0]!;
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const url = `/api/clients/${client.id}/therapy-sessions`;
    const timeline = async () =>
      (await therapist.get(`/api/clients/${client.id}/timeline`)).json<{
        summary: {
          since: string;
          lastSessionOn: string | null;
          checkIns: {
            count: number;
            moodAverage: number | null;
            previousMoodAverage: number | null;
          };
        };
      }>();

    // No session yet: the last 7 days.
    const before = await timeline();
    expect(before.summary.lastSessionOn).toBeNull();
    expect(Date.now() - Date.parse(before.summary.since)).toBeGreaterThan(6.9 * 86_400_000);

    const first = await therapist.post(url, { id: randomUUID(), heldOn: day(3) });
    expect(first.statusCode).toBe(201);
    const again = await therapist.post(url, { id: randomUUID(), heldOn: day(3) });
    expect(again.statusCode).toBe(200);
    expect(again.json().session.id).toBe(first.json().session.id);

    const after = await timeline();
    expect(after.summary.lastSessionOn).toBe(day(3));
    expect(after.summary.since).toBe(`${day(3)}T00:00:00.000Z`);

    // A shared check-in after the session counts; one before it does not.
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, client);
    for (const [daysAgo, mood] of [
      [1, 7],
      [5, 2],
    ] as const) {
      await agent.post('/api/me/check-ins', {
        id: randomUUID(),
        occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        mood,
        emotions: [],
        sleepHours: null,
        tags: [],
        note: null,
        visibility: 'shared',
      });
    }
    const summary = (await timeline()).summary;
    expect(summary.checkIns).toMatchObject({ count: 1, moodAverage: 7, previousMoodAverage: 2 });
  });

  it('are recorded by the client’s therapist only, in the past year, never ahead', async () => {
    const client = practice.clients[0]!;
    const url = `/api/clients/${client.id}/therapy-sessions`;
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const future = await therapist.post(url, { id: randomUUID(), heldOn: day(-2) });
    expect(future.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'heldOn' });
    const ancient = await therapist.post(url, { id: randomUUID(), heldOn: day(400) });
    expect(ancient.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'heldOn' });
    const notADate = await therapist.post(url, { id: randomUUID(), heldOn: 'yesterday' });
    expect(notADate.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'heldOn' });

    const other = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[1]!);
    expect((await other.post(url, { id: randomUUID(), heldOn: day(1) })).statusCode).toBe(404);
    const supervisor = await new TestAgent(ctx.app).actAs(ctx.deps, practice.supervisor);
    expect((await supervisor.post(url, { id: randomUUID(), heldOn: day(1) })).statusCode).toBe(403);
  });
});
