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

async function userId(email: string) {
  return ctx.deps.db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'u.practice_id'])
    .where('a.email', '=', email)
    .executeTakeFirstOrThrow();
}

interface Review {
  goals: { id: string; measureIds: string[]; homeworkIds: string[]; ratings: unknown[] }[];
  homework: { goalId: string | null; status: string; helpfulness: number | null }[];
  measures: { instrumentId: string; goalIds: string[]; scores: unknown[] }[];
  reviews: { decision: string }[];
}

describe('the demo practice', () => {
  it('shows every demo client a real loop: a goal, its homework and measure, a decision', async () => {
    const therapist = await userId('therapist@demo.tandem.test');
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, {
      id: therapist.id,
      practiceId: therapist.practice_id,
    });
    const since = new Date(Date.now() - 28 * 86_400_000).toISOString().slice(0, 10);
    for (const email of ['alex', 'jordan', 'riley'].map((n) => `${n}@demo.tandem.test`)) {
      const client = await userId(email);
      const answer = await agent.get(`/api/clients/${client.id}/session-review?since=${since}`);
      expect(answer.statusCode, email).toBe(200);
      const review = answer.json<Review>();
      const goal = review.goals[0]!;
      expect(goal.measureIds.length, email).toBeGreaterThan(0);
      expect(goal.homeworkIds.length, email).toBeGreaterThan(0);
      expect(goal.ratings.length, email).toBeGreaterThan(1);
      expect(
        review.homework.some((h) => h.goalId === goal.id && h.status === 'done'),
        email,
      ).toBe(true);
      const linked = review.measures.find((m) => m.goalIds.includes(goal.id))!;
      expect(linked.scores.length, email).toBeGreaterThan(1);
      expect(review.reviews.length, email).toBe(1);
    }
  });
});
