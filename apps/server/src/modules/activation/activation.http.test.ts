import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { dateFromNow, doneOutcome, newActivity } from '../access/role-matrix.activation.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
beforeAll(async () => {
  ctx = await createTestApp();
  // Supervisor supervises therapists[0]; clients[0] is on therapists[0]'s care team.
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 3 });
  client = practice.clients[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function countActivities(): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function storedRow(id: string) {
  return ctx
    .superuser()
    .selectFrom('activities')
    .selectAll()
    .where('practice_id', '=', practice.practiceId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function plan(agent: TestAgent, change: Record<string, unknown> = {}) {
  const body = { ...newActivity(), ...change };
  const made = await agent.post('/api/me/activities', body);
  expect(made.statusCode).toBe(201);
  return body.id;
}

describe('planning an activity', () => {
  it('is stored with its words sealed, and listed with the client’s today', async () => {
    const agent = await as(client);
    const body = newActivity();
    const made = await agent.post('/api/me/activities', body);
    expect(made.statusCode).toBe(201);
    expect(made.json().activity).toMatchObject({
      id: body.id,
      title: 'Walk to the park with the dog',
      plannedOn: body.plannedOn,
      plannedTime: '10:30',
      predictedMastery: 3,
      predictedPleasure: 2,
      status: 'planned',
      doneOn: null,
      actualMastery: null,
      afterNote: null,
      visibility: 'private',
    });
    const row = await storedRow(body.id);
    expect(row.title.toString('utf8')).not.toContain('park');
    const list = (await agent.get('/api/me/activities')).json();
    expect(list.activities.map((a: { id: string }) => a.id)).toContain(body.id);
    expect(list.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sent twice is one activity; the same id with other content is refused', async () => {
    const agent = await as(client);
    const body = newActivity();
    const before = await countActivities();
    expect((await agent.post('/api/me/activities', body)).statusCode).toBe(201);
    const replay = await agent.post('/api/me/activities', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().activity.id).toBe(body.id);
    const reused = await agent.post('/api/me/activities', { ...body, predictedPleasure: 9 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    // Another client cannot take the id either, nor learn what it holds.
    const other = await (await as(practice.clients[1]!)).post('/api/me/activities', body);
    expect(other.statusCode).toBe(409);
    expect(await countActivities()).toBe(before + 1);
  });

  it.each([
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(121) }],
    ['title', { title: 'two\nlines' }],
    ['plannedOn', { plannedOn: '2026-02-30' }],
    ['plannedOn', { plannedOn: dateFromNow(800) }],
    ['plannedOn', { plannedOn: dateFromNow(-800) }],
    ['plannedTime', { plannedTime: '25:00' }],
    ['predictedMastery', { predictedMastery: 11 }],
    ['predictedPleasure', { predictedPleasure: -1 }],
    ['predictedPleasure', { predictedPleasure: 2.5 }],
    ['visibility', { visibility: 'public' }],
    ['id', { id: 'not-a-uuid' }],
  ])('bad input names the field (%s) and stores nothing', async (path, change) => {
    const before = await countActivities();
    const answer = await (
      await as(client)
    ).post('/api/me/activities', {
      ...newActivity(),
      ...change,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await countActivities()).toBe(before);
  });

  it('refuses an unknown field', async () => {
    const answer = await (
      await as(client)
    ).post('/api/me/activities', {
      ...newActivity(),
      mood: 5,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'UNKNOWN_FIELD', path: 'mood' });
  });
});

describe('saying how it went', () => {
  it('done: the day and the mastery and pleasure it gave; saying it again is harmless', async () => {
    const agent = await as(client);
    const id = await plan(agent);
    const answer = await agent.put(`/api/me/activities/${id}/outcome`, doneOutcome());
    expect(answer.statusCode).toBe(200);
    expect(answer.json().activity).toMatchObject({
      status: 'done',
      doneOn: dateFromNow(-2),
      actualMastery: 6,
      actualPleasure: 5,
      afterNote: 'Better than I thought.',
    });
    const again = await agent.put(`/api/me/activities/${id}/outcome`, doneOutcome());
    expect(again.statusCode).toBe(200);
    expect(again.json().activity.actualMastery).toBe(6);
    expect(await countActivities()).toBeGreaterThan(0);
  });

  it('not done this time, with a reason or none', async () => {
    const agent = await as(client);
    const id = await plan(agent);
    const answer = await agent.put(`/api/me/activities/${id}/outcome`, {
      outcome: 'not-done',
      note: 'It rained all day.',
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().activity).toMatchObject({
      status: 'not-done',
      doneOn: null,
      actualMastery: null,
      afterNote: 'It rained all day.',
    });
    const plain = await agent.put(`/api/me/activities/${id}/outcome`, {
      outcome: 'not-done',
      note: '  ',
    });
    expect(plain.json().activity.afterNote).toBeNull();
  });

  it.each([
    ['mastery', { mastery: 11 }],
    ['pleasure', { pleasure: 1.5 }],
    ['doneOn', { doneOn: 'yesterday' }],
    ['doneOn', { doneOn: dateFromNow(3) }],
    ['note', { note: 'x'.repeat(1001) }],
    ['outcome', { outcome: 'maybe' }],
  ])('bad input names the field (%s) and changes nothing', async (path, change) => {
    const agent = await as(client);
    const id = await plan(agent);
    const before = await storedRow(id);
    const answer = await agent.put(`/api/me/activities/${id}/outcome`, {
      ...doneOutcome(),
      ...change,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await storedRow(id)).toEqual(before);
  });

  it('someone else’s, an unknown or a malformed id answers 404', async () => {
    const id = await plan(await as(client));
    const other = await as(practice.clients[1]!);
    for (const target of [id, randomUUID(), 'not-a-uuid']) {
      const outcome = await other.put(`/api/me/activities/${target}/outcome`, doneOutcome());
      expect(outcome.statusCode).toBe(404);
      const visibility = await other.put(`/api/me/activities/${target}/visibility`, {
        visibility: 'shared',
      });
      expect(visibility.statusCode).toBe(404);
    }
    expect((await storedRow(id)).status).toBe('planned');
  });
});

describe('who sees an activity', () => {
  it('private by default: in the care team’s timeline only when shared, gone when taken back', async () => {
    const agent = await as(client);
    const id = await plan(agent);
    await agent.put(`/api/me/activities/${id}/outcome`, doneOutcome());
    const timelineIds = async (reader: TestUser) => {
      const answer = await (await as(reader)).get(`/api/clients/${client.id}/timeline`);
      expect(answer.statusCode).toBe(200);
      return (answer.json().items as { type: string; activity?: { id: string } }[])
        .filter((item) => item.type === 'activity')
        .map((item) => item.activity?.id);
    };
    const therapist = practice.therapists[0]!;
    expect(await timelineIds(therapist)).not.toContain(id);

    const shared = await agent.put(`/api/me/activities/${id}/visibility`, {
      visibility: 'shared',
    });
    expect(shared.json().activity.visibility).toBe('shared');
    expect(await timelineIds(therapist)).toContain(id);
    expect(await timelineIds(practice.supervisor)).toContain(id);
    const item = (await (await as(therapist)).get(`/api/clients/${client.id}/timeline`))
      .json()
      .items.find((i: { activity?: { id: string } }) => i.activity?.id === id);
    expect(item.activity).toMatchObject({ status: 'done', actualMastery: 6, predictedMastery: 3 });

    await agent.put(`/api/me/activities/${id}/visibility`, { visibility: 'private' });
    expect(await timelineIds(therapist)).not.toContain(id);
    // Another therapist, and an admin, do not reach the timeline at all.
    expect(
      (await (await as(practice.therapists[1]!)).get(`/api/clients/${client.id}/timeline`))
        .statusCode,
    ).toBe(404);
    expect(
      (await (await as(practice.admin)).get(`/api/clients/${client.id}/timeline`)).statusCode,
    ).toBe(403);
  });
});

describe('how activities go with mood', () => {
  const noon = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);

  async function checkIn(agent: TestAgent, at: Date, mood: number) {
    const made = await agent.post('/api/me/check-ins', {
      id: randomUUID(),
      occurredAt: at.toISOString(),
      mood,
      emotions: [],
      sleepHours: null,
      tags: [],
      note: null,
      visibility: 'private',
    });
    expect(made.statusCode).toBe(201);
  }

  it('compares mood on days with an activity done and without, once there are enough days', async () => {
    const agent = await as(practice.clients[2]!);
    // Mood 7 (±0.5) on days with an activity done, 4 (±0.5) on the others.
    const noise = [0.5, -0.5, 0, 0.5, -0.5];
    for (let i = 0; i < 4; i += 1) {
      const at = noon(i + 2);
      await checkIn(agent, at, Math.round(7 + noise[i]!));
      const id = await plan(agent, {
        plannedOn: dayOf(at),
        predictedMastery: 3,
        predictedPleasure: 2,
      });
      await agent.put(`/api/me/activities/${id}/outcome`, {
        ...doneOutcome(),
        doneOn: dayOf(at),
        mastery: 6,
        pleasure: 5,
      });
    }
    for (let i = 0; i < 5; i += 1) await checkIn(agent, noon(i + 20), Math.round(4 + noise[i]!));

    const few = (await agent.get('/api/me/activities/mood')).json();
    expect(few.mood).toMatchObject({
      daysWithActivity: 4,
      daysWithout: 5,
      minimumDaysEachSide: 5,
      estimate: null,
      explanation: null,
    });
    expect(few.done).toHaveLength(4);
    expect(few.averages).toEqual({
      predictedMastery: 3,
      actualMastery: 6,
      predictedPleasure: 2,
      actualPleasure: 5,
    });

    // A fifth day with an activity done: now the comparison is shown.
    const at = noon(7);
    await checkIn(agent, at, 7);
    const id = await plan(agent, { plannedOn: dayOf(at) });
    await agent.put(`/api/me/activities/${id}/outcome`, { ...doneOutcome(), doneOn: dayOf(at) });
    const enough = (await agent.get('/api/me/activities/mood')).json();
    expect(enough.mood.daysWithActivity).toBe(5);
    expect(enough.mood.direction).toBe('higher');
    expect(enough.mood.estimate.value).toBeGreaterThan(2);
    expect(enough.mood.explanation).toMatch(
      /^On days you did something you had planned, your mood was \d\.\d points higher on average/,
    );
  });
});
