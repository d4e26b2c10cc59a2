import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newExposurePractice, newHierarchy } from '../access/role-matrix.exposure.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
let therapist: TestUser;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
  client = practice.clients[0]!;
  therapist = practice.therapists[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function count(table: 'exposure_hierarchies' | 'exposure_practices'): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

type Step = { id: string; situation: string; predictedSuds: number; retired: boolean };
type Hierarchy = { id: string; name: string; version: number; steps: Step[]; retired: boolean };

async function makeHierarchy(): Promise<Hierarchy> {
  const made = await (await as(client)).post('/api/me/exposure/hierarchies', newHierarchy());
  expect(made.statusCode).toBe(201);
  return made.json().hierarchy as Hierarchy;
}

describe('an exposure hierarchy', () => {
  it('is made by the client, retried safely, and read by the therapist', async () => {
    const agent = await as(client);
    const body = newHierarchy();
    const before = await count('exposure_hierarchies');
    const made = await agent.post('/api/me/exposure/hierarchies', body);
    expect(made.statusCode).toBe(201);
    expect(made.json().hierarchy).toMatchObject({ id: body.id, name: 'Lifts', version: 1 });
    expect((await agent.post('/api/me/exposure/hierarchies', body)).statusCode).toBe(200);
    const reused = await agent.post('/api/me/exposure/hierarchies', { ...body, name: 'Other' });
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    expect(await count('exposure_hierarchies')).toBe(before + 1);
    const seen = await (await as(therapist)).get(`/api/clients/${client.id}/exposure/hierarchies`);
    expect(seen.json().hierarchies.map((h: Hierarchy) => h.id)).toContain(body.id);
  });

  it('is co-edited: the therapist reorders and retires; a stale save is 412 with the current one', async () => {
    const hierarchy = await makeHierarchy();
    const [first, second] = hierarchy.steps as [Step, Step];
    const byTherapist = await (
      await as(therapist)
    ).put(`/api/clients/${client.id}/exposure/hierarchies/${hierarchy.id}`, {
      baseVersion: 1,
      name: 'Lifts',
      steps: [second, { ...first, retired: true }],
      retired: false,
    });
    expect(byTherapist.statusCode).toBe(200);
    expect(byTherapist.json().hierarchy.version).toBe(2);
    expect(byTherapist.json().hierarchy.steps.map((s: Step) => s.id)).toEqual([
      second.id,
      first.id,
    ]);
    const stale = await (
      await as(client)
    ).put(`/api/me/exposure/hierarchies/${hierarchy.id}`, {
      baseVersion: 1,
      name: 'Lifts and stairs',
      steps: hierarchy.steps,
      retired: false,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: 'HIERARCHY_VERSION_STALE',
      path: 'baseVersion',
      current: { version: 2, steps: [{ id: second.id }, { id: first.id, retired: true }] },
    });
  });

  it('keeps its steps: removing one is refused with a field-named error and changes nothing', async () => {
    const hierarchy = await makeHierarchy();
    const agent = await as(client);
    const answer = await agent.put(`/api/me/exposure/hierarchies/${hierarchy.id}`, {
      baseVersion: 1,
      name: 'Lifts',
      steps: hierarchy.steps.slice(1),
      retired: false,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'steps' });
    const again = (await agent.get('/api/me/exposure/hierarchies'))
      .json()
      .hierarchies.find((h: Hierarchy) => h.id === hierarchy.id);
    expect(again.version).toBe(1);
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(61) }],
    ['steps.0.predictedSuds', { steps: [{ ...newHierarchy().steps[0], predictedSuds: 101 }] }],
    ['steps.0.situation', { steps: [{ ...newHierarchy().steps[0], situation: ' ' }] }],
  ])('bad input names the field (%s) and stores nothing', async (path, change) => {
    const before = await count('exposure_hierarchies');
    const answer = await (
      await as(client)
    ).post('/api/me/exposure/hierarchies', {
      ...newHierarchy(),
      ...change,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await count('exposure_hierarchies')).toBe(before);
  });

  it('refuses a step id used twice', async () => {
    const step = newHierarchy().steps[0]!;
    const answer = await (
      await as(client)
    ).post('/api/me/exposure/hierarchies', {
      ...newHierarchy(),
      steps: [step, step],
    });
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'steps.1.id' });
  });

  it('out of scope or malformed ids answer 404', async () => {
    const hierarchy = await makeHierarchy();
    const save = { baseVersion: 1, name: 'Mine', steps: [], retired: false };
    const other = await as(practice.clients[1]!);
    expect((await other.put(`/api/me/exposure/hierarchies/${hierarchy.id}`, save)).statusCode).toBe(
      404,
    );
    const notTheirs = await as(practice.therapists[1]!);
    expect((await notTheirs.get(`/api/clients/${client.id}/exposure/hierarchies`)).statusCode).toBe(
      404,
    );
    for (const id of ['nope', randomUUID()]) {
      expect(
        (await (await as(client)).put(`/api/me/exposure/hierarchies/${id}`, save)).statusCode,
      ).toBe(404);
    }
  });
});

describe('an exposure practice', () => {
  it('is stored with its ratings and words, and retried safely', async () => {
    const hierarchy = await makeHierarchy();
    const agent = await as(client);
    const body = newExposurePractice(hierarchy.id, hierarchy.steps[0]!.id);
    const before = await count('exposure_practices');
    const made = await agent.post('/api/me/exposure/practices', body);
    expect(made.statusCode).toBe(201);
    expect(made.json().practice).toMatchObject({
      id: body.id,
      sudsBefore: 50,
      sudsPeak: 70,
      sudsAfter: 30,
      readings: body.readings,
      minutes: 15,
      predicted: 'The doors would stay shut.',
      happened: 'They opened as usual.',
      outcomeCameTrue: 0,
      visibility: 'private',
    });
    expect((await agent.post('/api/me/exposure/practices', body)).statusCode).toBe(200);
    const reused = await agent.post('/api/me/exposure/practices', { ...body, sudsPeak: 90 });
    expect(reused.statusCode).toBe(409);
    expect(await count('exposure_practices')).toBe(before + 1);
    const stored = await ctx
      .superuser()
      .selectFrom('exposure_practices')
      .select('words')
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(stored.words?.toString('utf8') ?? '').not.toContain('doors');
  });

  it('stays private until shared: never in the therapist list', async () => {
    const hierarchy = await makeHierarchy();
    const agent = await as(client);
    const body = newExposurePractice(hierarchy.id, hierarchy.steps[0]!.id);
    await agent.post('/api/me/exposure/practices', body);
    const staff = await as(therapist);
    const ids = async (): Promise<string[]> => {
      const answer = await staff.get(`/api/clients/${client.id}/exposure/practices`);
      const body: { practices: { id: string }[] } = answer.json();
      return body.practices.map((p) => p.id);
    };
    expect(await ids()).not.toContain(body.id);
    await agent.put(`/api/me/exposure/practices/${body.id}/visibility`, { visibility: 'shared' });
    expect(await ids()).toContain(body.id);
    await agent.put(`/api/me/exposure/practices/${body.id}/visibility`, { visibility: 'private' });
    expect(await ids()).not.toContain(body.id);
  });

  it.each([
    ['sudsBefore', { sudsBefore: 101 }],
    ['sudsPeak', { sudsPeak: -1 }],
    ['sudsAfter', { sudsAfter: 2.5 }],
    ['minutes', { minutes: 0 }],
    ['outcomeCameTrue', { outcomeCameTrue: 200 }],
    [
      'readings.1.minute',
      {
        readings: [
          { minute: 5, suds: 50 },
          { minute: 5, suds: 40 },
        ],
      },
    ],
    ['readings.0.minute', { readings: [{ minute: 30, suds: 50 }] }],
    ['happened', { happened: 'x'.repeat(1001) }],
    ['practicedAt', { practicedAt: new Date(Date.now() + 3_600_000).toISOString() }],
    ['stepId', { stepId: randomUUID() }],
    ['hierarchyId', { hierarchyId: randomUUID() }],
    ['visibility', { visibility: 'public' }],
  ])('bad input names the field (%s) and stores nothing', async (path, change) => {
    const hierarchy = await makeHierarchy();
    const before = await count('exposure_practices');
    const answer = await (
      await as(client)
    ).post('/api/me/exposure/practices', {
      ...newExposurePractice(hierarchy.id, hierarchy.steps[0]!.id),
      ...change,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await count('exposure_practices')).toBe(before);
  });

  it('cannot be of a retired step', async () => {
    const hierarchy = await makeHierarchy();
    const agent = await as(client);
    const [first, second] = hierarchy.steps as [Step, Step];
    await agent.put(`/api/me/exposure/hierarchies/${hierarchy.id}`, {
      baseVersion: 1,
      name: hierarchy.name,
      steps: [{ ...first, retired: true }, second],
      retired: false,
    });
    const answer = await agent.post(
      '/api/me/exposure/practices',
      newExposurePractice(hierarchy.id, first.id),
    );
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'stepId' });
  });

  it('a malformed or unknown id answers 404 when sharing', async () => {
    const agent = await as(client);
    for (const id of ['not-a-uuid', randomUUID()]) {
      const put = await agent.put(`/api/me/exposure/practices/${id}/visibility`, {
        visibility: 'shared',
      });
      expect(put.statusCode).toBe(404);
    }
  });
});

describe('the timeline', () => {
  it('shows a shared practice with its step, never a private one', async () => {
    const hierarchy = await makeHierarchy();
    const agent = await as(client);
    const shared = newExposurePractice(hierarchy.id, hierarchy.steps[0]!.id, 'shared');
    const hidden = newExposurePractice(hierarchy.id, hierarchy.steps[0]!.id, 'private');
    await agent.post('/api/me/exposure/practices', shared);
    await agent.post('/api/me/exposure/practices', hidden);
    const timeline = await (await as(therapist)).get(`/api/clients/${client.id}/timeline`);
    expect(timeline.statusCode).toBe(200);
    const answer: { items: { type: string; practice?: { id: string } }[] } = timeline.json();
    const items = answer.items.filter((item) => item.type === 'exposure-practice');
    const ids = items.map((item) => item.practice!.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(hidden.id);
    expect(items.find((item) => item.practice!.id === shared.id)).toMatchObject({
      step: { situation: hierarchy.steps[0]!.situation, hierarchyName: 'Lifts' },
    });
  });
});
