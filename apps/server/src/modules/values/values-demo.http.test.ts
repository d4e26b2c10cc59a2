import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { seedDemoPractice } from '../demo/demo-practice.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ demo: true });
  await seedDemoPractice(ctx.deps.db, {
    password: null,
    country: 'GB',
    now: ctx.deps.clock(),
    cipher: ctx.deps.cipher,
  });
});
afterAll(async () => ctx.close());

async function demoUser(email: string) {
  const row = await ctx.deps.db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'u.practice_id'])
    .where('a.email', '=', email)
    .executeTakeFirstOrThrow();
  const agent = await new TestAgent(ctx.app).actAs(ctx.deps, {
    id: row.id,
    practiceId: row.practice_id,
  });
  return { agent, id: row.id };
}

describe('the demo practice’s goals and values', () => {
  it('gives each client a rated goal, charted over weeks, and the values they shared', async () => {
    const therapist = (await demoUser('therapist@demo.tandem.test')).agent;
    for (const email of ['alex', 'jordan', 'riley'].map((n) => `${n}@demo.tandem.test`)) {
      const { id } = await demoUser(email);
      const goals = (await therapist.get(`/api/clients/${id}/goals`)).json<{
        goals: { scales: unknown[] }[];
        tScores: { date: string }[];
      }>();
      expect(goals.goals.length, email).toBeGreaterThanOrEqual(1);
      expect(goals.goals[0]!.scales, email).toHaveLength(1);
      expect(goals.tScores.length, email).toBeGreaterThanOrEqual(3);
      const values = (await therapist.get(`/api/clients/${id}/values`)).json<{
        values: { cards: unknown[] } | null;
      }>();
      expect(values.values?.cards.length, email).toBeGreaterThan(0);
    }
  });

  it('keeps Riley’s strengths from the therapist, and shows them to Riley', async () => {
    const therapist = (await demoUser('therapist@demo.tandem.test')).agent;
    const riley = await demoUser('riley@demo.tandem.test');
    const seen = (await therapist.get(`/api/clients/${riley.id}/values`)).json();
    expect(seen.strengths).toBeNull();
    const own = (await riley.agent.get('/api/me/values')).json();
    expect(own.strengths.visibility).toBe('private');
    expect(own.strengths.own).toEqual([
      { id: expect.any(String), text: 'Good with my niece and nephew' },
    ]);
  });

  it('stores a demo sort as the service would, so saving it unchanged makes no new version', async () => {
    const alex = (await demoUser('alex@demo.tandem.test')).agent;
    const mine = (await alex.get('/api/me/values')).json();
    const again = await alex.put('/api/me/values', {
      baseVersion: 0,
      cards: mine.values.cards,
      own: mine.values.own,
      visibility: 'shared',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().values.version).toBe(1);
  });
});
