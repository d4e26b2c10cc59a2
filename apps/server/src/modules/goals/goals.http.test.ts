import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import {
  goalContent,
  goalUpdate,
  newGoal,
  newRating,
  scaleLevels,
} from '../access/role-matrix.goals-cases.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
let therapist: TestUser;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 2 });
  client = practice.clients[0]!;
  therapist = practice.therapists[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function count(table: 'goals' | 'goal_scales' | 'goal_ratings'): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function goalWithScale(agent: Awaited<ReturnType<typeof as>>): Promise<string> {
  const goal = newGoal();
  expect((await agent.post('/api/me/goals', goal)).statusCode).toBe(201);
  const scale = await agent.put(`/api/me/goals/${goal.id}/scale`, { levels: scaleLevels() });
  expect(scale.statusCode).toBe(200);
  return goal.id;
}

describe('a goal', () => {
  it('is made by the client with its SMART answers and steps, and read by the therapist', async () => {
    const mine = await as(client);
    const goal = { ...newGoal(), weight: 2 };
    const made = await mine.post('/api/me/goals', goal);
    expect(made.statusCode).toBe(201);
    expect(made.json().goal).toMatchObject({
      id: goal.id,
      content: goalContent(),
      steps: goal.steps,
      weight: 2,
      status: 'active',
      scales: [],
      ratings: [],
    });
    const theirs = await (await as(therapist)).get(`/api/clients/${client.id}/goals`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().goals.map((g: { id: string }) => g.id)).toContain(goal.id);
    expect(theirs.json().rho).toBe(0.3);
  });

  it('keeps its words sealed at rest', async () => {
    const goal = newGoal();
    await (await as(client)).post('/api/me/goals', goal);
    const row = await ctx
      .superuser()
      .selectFrom('goals')
      .select('content')
      .where('id', '=', goal.id)
      .executeTakeFirstOrThrow();
    expect(row.content.toString('utf8')).not.toContain('corner shop');
  });

  it('sent twice is one goal; the same id with other content is refused', async () => {
    const mine = await as(client);
    const goal = newGoal();
    const before = await count('goals');
    expect((await mine.post('/api/me/goals', goal)).statusCode).toBe(201);
    const replay = await mine.post('/api/me/goals', goal);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().goal.id).toBe(goal.id);
    const reused = await mine.post('/api/me/goals', { ...goal, weight: 5 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    expect(await count('goals')).toBe(before + 1);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const mine = await as(client);
    const before = await count('goals');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...newGoal(), content: { ...goalContent(), title: '   ' } }, 'content.title'],
      [{ ...newGoal(), weight: 0 }, 'weight'],
      [{ ...newGoal(), weight: 1.5 }, 'weight'],
      [
        {
          ...newGoal(),
          steps: [{ id: randomUUID(), text: 'Go', dueOn: '2026-02-30', done: false }],
        },
        'steps.0.dueOn',
      ],
      [{ ...newGoal(), id: 'not-an-id' }, 'id'],
    ];
    for (const [body, path] of cases) {
      const answer = await mine.post('/api/me/goals', body);
      expect(answer.statusCode, path).toBe(400);
      expect(answer.json(), path).toMatchObject({ code: 'VALIDATION_FAILED', path });
    }
    const extra = await mine.post('/api/me/goals', { ...newGoal(), secret: 1 });
    expect(extra.statusCode).toBe(400);
    expect(await count('goals')).toBe(before);
  });

  it('is edited by the therapist as well as the client, never over a newer save', async () => {
    const goal = newGoal();
    const made = await (await as(client)).post('/api/me/goals', goal);
    const base = made.json().goal.updatedAt as string;
    const change = { ...goalUpdate(), baseUpdatedAt: base, weight: 3 };
    const url = `/api/clients/${client.id}/goals/${goal.id}`;
    const edited = await (await as(therapist)).put(url, change);
    expect(edited.statusCode).toBe(200);
    expect(edited.json().goal).toMatchObject({ weight: 3, updatedBy: { role: 'therapist' } });
    // The same save again changes nothing; another from the old base is refused.
    expect((await (await as(therapist)).put(url, change)).statusCode).toBe(200);
    const stale = await (
      await as(client)
    ).put(`/api/me/goals/${goal.id}`, { ...change, weight: 4 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', path: 'baseUpdatedAt' });
    const list = (await (await as(client)).get('/api/me/goals')).json();
    expect(list.goals.find((g: { id: string }) => g.id === goal.id).weight).toBe(3);
  });

  it('is out of reach of another client (404)', async () => {
    const goal = newGoal();
    await (await as(client)).post('/api/me/goals', goal);
    const other = await as(practice.clients[1]!);
    expect((await other.put(`/api/me/goals/${goal.id}`, goalUpdate())).statusCode).toBe(404);
    expect((await other.post(`/api/me/goals/${goal.id}/ratings`, newRating())).statusCode).toBe(
      404,
    );
    expect((await other.get('/api/me/goals')).json().goals).toEqual([]);
  });
});

describe('goal attainment scaling', () => {
  it('needs the expected level written before a rating', async () => {
    const mine = await as(client);
    const goal = newGoal();
    await mine.post('/api/me/goals', goal);
    const before = await count('goal_ratings');
    const early = await mine.post(`/api/me/goals/${goal.id}/ratings`, newRating());
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'GOAL_SCALE_MISSING', path: 'level' });
    const noExpected = await mine.put(`/api/me/goals/${goal.id}/scale`, {
      levels: { ...scaleLevels(), expected: '' },
    });
    expect(noExpected.statusCode).toBe(400);
    expect(noExpected.json()).toMatchObject({ path: 'levels.expected' });
    expect(await count('goal_ratings')).toBe(before);
  });

  it('starts a new scale version when the levels change, keeping the old one and its ratings', async () => {
    const mine = await as(client);
    const goalId = await goalWithScale(mine);
    const first = newRating(-1);
    expect((await mine.post(`/api/me/goals/${goalId}/ratings`, first)).statusCode).toBe(201);
    // The same levels again: no new version.
    const same = await mine.put(`/api/me/goals/${goalId}/scale`, { levels: scaleLevels() });
    expect(same.json().goal.scales).toHaveLength(1);
    const changed = await mine.put(`/api/me/goals/${goalId}/scale`, {
      levels: { ...scaleLevels(), expected: 'I walk to the shop twice a week' },
    });
    expect(changed.statusCode).toBe(200);
    const scales = changed.json().goal.scales as {
      version: number;
      levels: { expected: string };
    }[];
    expect(scales.map((s) => s.version)).toEqual([1, 2]);
    expect(scales[0]!.levels.expected).toBe('I walk to the shop once a week');
    const second = await mine.post(`/api/me/goals/${goalId}/ratings`, newRating(1));
    const ratings = second.json().goal.ratings as { id: string; scaleVersion: number }[];
    expect(ratings.map((r) => r.scaleVersion)).toEqual([1, 2]);
    expect(ratings[0]!.id).toBe(first.id);
  });

  it('rates by the client and the therapist, dated, retry-safe', async () => {
    const mine = await as(client);
    const goalId = await goalWithScale(mine);
    const rating = newRating(2);
    const before = await count('goal_ratings');
    expect((await mine.post(`/api/me/goals/${goalId}/ratings`, rating)).statusCode).toBe(201);
    const replay = await mine.post(`/api/me/goals/${goalId}/ratings`, rating);
    expect(replay.statusCode).toBe(200);
    const reused = await mine.post(`/api/me/goals/${goalId}/ratings`, { ...rating, level: 1 });
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    const byTherapist = await (
      await as(therapist)
    ).post(`/api/clients/${client.id}/goals/${goalId}/ratings`, newRating(0));
    expect(byTherapist.statusCode).toBe(201);
    expect(
      (byTherapist.json().goal.ratings as { ratedBy: { role: string } }[]).map(
        (r) => r.ratedBy.role,
      ),
    ).toEqual(['client', 'therapist']);
    expect(await count('goal_ratings')).toBe(before + 2);
  });

  it('refuses a rating outside −2..+2, in the future or dated too far back', async () => {
    const mine = await as(client);
    const goalId = await goalWithScale(mine);
    const before = await count('goal_ratings');
    const url = `/api/me/goals/${goalId}/ratings`;
    for (const level of [3, -3, 0.5]) {
      const answer = await mine.post(url, { id: randomUUID(), level });
      expect(answer.json(), String(level)).toMatchObject({
        code: 'VALIDATION_FAILED',
        path: 'level',
      });
    }
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const ahead = await mine.post(url, { ...newRating(), ratedAt: future });
    expect(ahead.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'ratedAt' });
    const past = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const back = await mine.post(url, { ...newRating(), ratedAt: past });
    expect(back.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'ratedAt' });
    expect(await count('goal_ratings')).toBe(before);
  });

  it('charts the T-score over the client’s active goals', async () => {
    const fresh = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const mine = await as(fresh.clients[0]!);
    const a = await goalWithScale(mine);
    const b = await goalWithScale(mine);
    await mine.post(`/api/me/goals/${a}/ratings`, newRating(1));
    await mine.post(`/api/me/goals/${b}/ratings`, newRating(1));
    const list = await mine.get('/api/me/goals');
    const tScores = list.json().tScores as { tScore: number; goals: number }[];
    // Both goals at +1 by the latest point: 50 + 20/√(0.7·2 + 0.3·4) = 62.4.
    expect(tScores.map((p) => [p.tScore, p.goals]).at(-1)).toEqual([62.4, 2]);
    const goalB = (list.json().goals as { id: string; updatedAt: string }[]).find(
      (g) => g.id === b,
    );
    const aside = await mine.put(`/api/me/goals/${b}`, {
      ...goalUpdate(),
      baseUpdatedAt: goalB!.updatedAt,
      status: 'set-aside',
    });
    expect(aside.statusCode).toBe(200);
    const after = (await mine.get('/api/me/goals')).json().tScores as { tScore: number }[];
    // Set aside, goal B leaves the score: goal A alone at +1 is 60.
    expect(after.map((p) => p.tScore).at(-1)).toBe(60);
  });
});

describe('a goal linked to a value', () => {
  it('keeps the value’s name with the goal, checked like any text', async () => {
    const mine = await as(client);
    const goal = { ...newGoal(), content: { ...goalContent(), value: 'Independence' } };
    const made = await mine.post('/api/me/goals', goal);
    expect(made.statusCode).toBe(201);
    expect(made.json().goal.content.value).toBe('Independence');
    const long = { ...newGoal(), content: { ...goalContent(), value: 'x'.repeat(101) } };
    expect((await mine.post('/api/me/goals', long)).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'content.value',
    });
  });
});

describe('the practice’s rho', () => {
  it('is 0.3 until an admin sets another, then the T-scores use it', async () => {
    const fresh = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const admin = await as(fresh.admin);
    expect((await admin.get('/api/admin/goal-settings')).json()).toEqual({
      rho: 0.3,
      defaultRho: 0.3,
    });
    const mine = await as(fresh.clients[0]!);
    const a = await goalWithScale(mine);
    const b = await goalWithScale(mine);
    await mine.post(`/api/me/goals/${a}/ratings`, newRating(1));
    await mine.post(`/api/me/goals/${b}/ratings`, newRating(1));
    expect((await mine.get('/api/me/goals')).json().tScores.at(-1).tScore).toBe(62.4);

    const set = await admin.put('/api/admin/goal-settings', { rho: 0.5 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ rho: 0.5, defaultRho: 0.3 });
    // The same value again is harmless.
    expect((await admin.put('/api/admin/goal-settings', { rho: 0.5 })).statusCode).toBe(200);
    const after = (await mine.get('/api/me/goals')).json();
    // 50 + 20/√(0.5·2 + 0.5·4) = 61.5
    expect(after.rho).toBe(0.5);
    expect(after.tScores.at(-1).tScore).toBe(61.5);

    const events = await ctx
      .superuser()
      .selectFrom('audit_events')
      .select(['actor_id', 'detail'])
      .where('practice_id', '=', fresh.practiceId)
      .where('action', '=', 'practice.gas-settings.update')
      .orderBy('occurred_at')
      .execute();
    expect(events.map((event) => event.detail)).toEqual([
      { before: { rho: 0.3 }, after: { rho: 0.5 }, changed: true },
      { before: { rho: 0.5 }, after: { rho: 0.5 }, changed: false },
    ]);
  });

  it('refuses a value outside 0 to below 1, naming the field, and keeps the old one', async () => {
    const fresh = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const admin = await as(fresh.admin);
    for (const rho of [1, -0.1, 1.5, 0.1234, '0.3', null]) {
      const answer = await admin.put('/api/admin/goal-settings', { rho });
      expect(answer.statusCode, String(rho)).toBe(400);
      expect(answer.json(), String(rho)).toMatchObject({ code: 'VALIDATION_FAILED', path: 'rho' });
    }
    expect((await admin.put('/api/admin/goal-settings', {})).statusCode).toBe(400);
    expect((await admin.get('/api/admin/goal-settings')).json().rho).toBe(0.3);
    const therapist = await as(fresh.therapists[0]!);
    expect((await therapist.put('/api/admin/goal-settings', { rho: 0.2 })).statusCode).toBe(403);
  });
});
