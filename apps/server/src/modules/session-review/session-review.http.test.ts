import { randomUUID } from 'node:crypto';
import { newId } from '@tandem/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newGoal, scaleLevels } from '../access/role-matrix.goals-cases.ts';
import { newHomework } from '../access/role-matrix.homework-cases.ts';
import { newSkillPractice } from '../access/role-matrix.worksheets.ts';

let ctx: TestContext;
let practice: TestPractice;
let other: TestPractice;
let client: TestUser;
let therapist: TestUser;
let goalId: string;
const future = '2999-06-30';

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const reviewUrl = () => `/api/clients/${client.id}/session-review`;
const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

interface Review {
  since: string;
  goals: { id: string; title: string; measureIds: string[]; homeworkIds: string[] }[];
  homework: { id: string; goalId: string | null; status: string; helpfulness: number | null }[];
  measures: { instrumentId: string; goalIds: string[]; scores: { total: number }[] }[];
  reviews: { id: string; heldOn: string; decision: string }[];
}

async function storePhq9(total: number, at: Date): Promise<void> {
  await ctx
    .superuser()
    .insertInto('measure_responses')
    .values({
      practice_id: practice.practiceId,
      id: newId(),
      submission_id: newId(),
      client_id: client.id,
      occasion_id: null,
      instrument_id: 'phq-9',
      instrument_version: '1',
      questionnaire: 'test|1',
      response: JSON.stringify({ resourceType: 'QuestionnaireResponse' }),
      total,
      band: null,
      prorated: false,
      critical_items: [],
      subscales: '{}',
      submitted_by: client.id,
      submitted_at: at,
    })
    .execute();
}

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
  other = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
  client = practice.clients[0]!;
  therapist = practice.therapists[0]!;
  await ctx.deps.db.updateTable('practices').set({ time_zone: 'UTC' }).execute();
  const goal = { ...newGoal(), steps: [] };
  const made = await (await as(client)).post('/api/me/goals', goal);
  expect(made.statusCode).toBe(201);
  goalId = goal.id;
  await (await as(client)).put(`/api/me/goals/${goalId}/scale`, { levels: scaleLevels() });
});
afterAll(async () => ctx.close());

describe('the closed loop', () => {
  it('links homework to a goal of the same client only, naming goalId otherwise', async () => {
    const agent = await as(therapist);
    const url = `/api/clients/${client.id}/homework`;
    const linked = await agent.post(url, { ...newHomework(randomUUID(), future), goalId });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().homework.goalId).toBe(goalId);

    const otherGoal = { ...newGoal(), steps: [] };
    await (await as(practice.clients[1]!)).post('/api/me/goals', otherGoal);
    for (const wrong of [otherGoal.id, randomUUID()]) {
      const refused = await agent.post(url, {
        ...newHomework(randomUUID(), future),
        goalId: wrong,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'goalId' });
    }
    const unlinked = await agent.post(url, newHomework(randomUUID(), future));
    expect(unlinked.json().homework.goalId).toBeNull();
  });

  it('links measures to a goal: a set, idempotent, known measures only', async () => {
    const agent = await as(therapist);
    const url = `/api/clients/${client.id}/goals/${goalId}/measures`;
    const saved = await agent.put(url, { instrumentIds: ['phq-9', 'gad-7', 'phq-9'] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ goalId, instrumentIds: ['gad-7', 'phq-9'] });
    const again = await agent.put(url, { instrumentIds: ['phq-9'] });
    expect(again.json().instrumentIds).toEqual(['phq-9']);
    expect((await agent.put(url, { instrumentIds: ['phq-9'] })).statusCode).toBe(200);

    const unknown = await agent.put(url, { instrumentIds: ['phq-9', 'no-such-measure'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ path: 'instrumentIds.1' });
    // Another client's goal, or none, is not found.
    const wrongGoal = await agent.put(`/api/clients/${client.id}/goals/${randomUUID()}/measures`, {
      instrumentIds: [],
    });
    expect(wrongGoal.statusCode).toBe(404);
    // The client's own therapist only; the client writes goals but not this.
    const otherTherapist = await (
      await as(practice.therapists[1]!)
    ).put(url, { instrumentIds: [] });
    expect(otherTherapist.statusCode).toBe(404);
    expect((await (await as(client)).put(url, { instrumentIds: [] })).statusCode).toBe(403);
  });

  it('shows ratings, homework done with its rating, and scores on one axis', async () => {
    const therapistAgent = await as(therapist);
    const clientAgent = await as(client);
    await clientAgent.post(`/api/me/goals/${goalId}/ratings`, {
      id: randomUUID(),
      level: -1,
      ratedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    });
    await clientAgent.post(`/api/me/goals/${goalId}/ratings`, { id: randomUUID(), level: 1 });
    await storePhq9(14, new Date(Date.now() - 9 * 86_400_000));
    await storePhq9(8, new Date(Date.now() - 86_400_000));

    // Homework for the goal, done, with a practice the client keeps private.
    const homework = { ...newHomework(randomUUID(), day(0)), goalId };
    expect(
      (await therapistAgent.post(`/api/clients/${client.id}/homework`, homework)).statusCode,
    ).toBe(201);
    const practiceBody = { ...newSkillPractice('private') };
    const practised = await clientAgent.post('/api/me/skill-practices', practiceBody);
    expect(practised.statusCode).toBe(201);
    const answered = await clientAgent.put(`/api/me/homework/${homework.id}/answer`, {
      outcome: 'done',
      helpfulness: 4,
      note: null,
      entry: { kind: 'skill-practice', id: practiceBody.id, share: false },
    });
    expect(answered.statusCode).toBe(200);

    const review = await therapistAgent.get(`${reviewUrl()}?since=${day(14)}`);
    expect(review.statusCode).toBe(200);
    const body = review.json<Review>();
    expect(body.since).toBe(day(14));
    const goal = body.goals.find((g) => g.id === goalId)!;
    expect(goal.title).toBe('Walk to the shop on my own');
    expect(goal.measureIds).toEqual(['phq-9']);
    expect(goal.homeworkIds).toContain(homework.id);
    expect(body.homework.find((h) => h.id === homework.id)).toMatchObject({
      goalId,
      status: 'done',
      helpfulness: 4,
    });
    const phq9 = body.measures.find((m) => m.instrumentId === 'phq-9')!;
    expect(phq9.goalIds).toEqual([goalId]);
    expect(phq9.scores.map((s) => s.total)).toEqual([14, 8]);
    // The private practice linked to it never shows, nor its id.
    expect(review.body).not.toContain(practiceBody.id);

    // A narrower window leaves the older score out.
    const narrow = (await therapistAgent.get(`${reviewUrl()}?since=${day(3)}`)).json<Review>();
    expect(narrow.measures.find((m) => m.instrumentId === 'phq-9')!.scores).toHaveLength(1);

    const bad = await therapistAgent.get(`${reviewUrl()}?since=2999-01-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'since' });
  });

  it('records decisions once per id, sealed, for staff eyes only', async () => {
    const agent = await as(therapist);
    const url = `/api/clients/${client.id}/session-reviews`;
    const body = { id: randomUUID(), heldOn: day(0), decision: 'Keep the walks; add a second.' };
    const made = await agent.post(url, body);
    expect(made.statusCode).toBe(201);
    expect(made.json().review).toMatchObject({ heldOn: day(0), decision: body.decision });
    const retry = await agent.post(url, body);
    expect(retry.statusCode).toBe(200);
    const reused = await agent.post(url, { ...body, decision: 'Something else.' });
    expect(reused.statusCode).toBe(409);
    const rows = await ctx
      .superuser()
      .selectFrom('session_reviews')
      .select('decision')
      .where('id', '=', body.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.decision.toString('latin1')).not.toContain('walks');

    const empty = await agent.post(url, { id: randomUUID(), heldOn: day(0), decision: '  ' });
    expect(empty.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'decision' });
    const ahead = await agent.post(url, { id: randomUUID(), heldOn: '2999-01-01', decision: 'x' });
    expect(ahead.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'heldOn' });

    // The supervisor reads it; the client, an admin, other staff do not.
    const supervisor = await (await as(practice.supervisor)).get(reviewUrl());
    expect(supervisor.statusCode).toBe(200);
    expect(supervisor.json<Review>().reviews.map((r) => r.decision)).toContain(body.decision);
    expect((await (await as(client)).get(reviewUrl())).statusCode).toBe(403);
    expect((await (await as(practice.admin)).get(reviewUrl())).statusCode).toBe(403);
    expect((await (await as(practice.therapists[1]!)).get(reviewUrl())).statusCode).toBe(404);
    expect((await (await as(other.therapists[0]!)).get(reviewUrl())).statusCode).toBe(404);
    expect((await (await as(practice.supervisor)).post(url, body)).statusCode).toBe(403);

    // Audited without the words.
    const events = await ctx
      .superuser()
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('resource_id', '=', body.id)
      .execute();
    expect(events.map((e) => e.action)).toContain('session-review.record');
    expect(JSON.stringify(events)).not.toContain('walks');
  });

  it('starts the window at the last session before today by default', async () => {
    const agent = await as(therapist);
    await agent.post(`/api/clients/${client.id}/therapy-sessions`, {
      id: randomUUID(),
      heldOn: day(5),
    });
    const review = (await agent.get(reviewUrl())).json<Review & { lastSessionOn: string }>();
    expect(review.lastSessionOn).toBe(day(5));
    expect(review.since).toBe(day(5));
  });
});
