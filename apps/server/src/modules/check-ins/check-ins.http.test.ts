import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 2 });
  client = practice.clients[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

const checkIn = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  occurredAt: new Date().toISOString(),
  mood: 4,
  emotions: [
    { key: 'anxious', intensity: 7 },
    { key: 'tired', intensity: 5 },
  ],
  sleepHours: 6.5,
  tags: [
    { kind: 'people', label: 'Family' },
    { kind: 'activity', label: 'Choir practice' },
  ],
  note: 'Rough morning, better after lunch.',
  visibility: 'private',
  ...overrides,
});

async function countCheckIns(): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom('check_ins')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a check-in', () => {
  it('is stored with its labels, note and who may see it', async () => {
    const agent = await as(client);
    const body = checkIn();
    const made = await agent.post('/api/me/check-ins', body);
    expect(made.statusCode).toBe(201);
    expect(made.json().checkIn).toMatchObject({
      id: body.id,
      mood: 4,
      sleepHours: 6.5,
      emotions: [
        { key: 'anxious', label: 'Anxious', intensity: 7 },
        { key: 'tired', label: 'Tired', intensity: 5 },
      ],
      note: 'Rough morning, better after lunch.',
      visibility: 'private',
    });
    const list = await agent.get('/api/me/check-ins');
    expect(list.json().checkIns.map((c: { id: string }) => c.id)).toContain(body.id);
  });

  it('sent twice (an offline replay) is one check-in; the same id with other content is refused', async () => {
    const agent = await as(client);
    const body = checkIn();
    const before = await countCheckIns();
    expect((await agent.post('/api/me/check-ins', body)).statusCode).toBe(201);
    const replay = await agent.post('/api/me/check-ins', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().checkIn.id).toBe(body.id);
    expect(await countCheckIns()).toBe(before + 1);

    const reused = await agent.post('/api/me/check-ins', { ...body, mood: 9 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    expect(await countCheckIns()).toBe(before + 1);
  });

  it("another client's id is never theirs to take or learn about", async () => {
    const body = checkIn();
    expect((await (await as(client)).post('/api/me/check-ins', body)).statusCode).toBe(201);
    const other = await (await as(practice.clients[1]!)).post('/api/me/check-ins', body);
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('SUBMISSION_ID_REUSED');
  });

  it('may be filled in for a missed day, but not for the future or beyond a year', async () => {
    const agent = await as(client);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect(
      (await agent.post('/api/me/check-ins', checkIn({ occurredAt: yesterday }))).statusCode,
    ).toBe(201);
    const before = await countCheckIns();
    const future = await agent.post(
      '/api/me/check-ins',
      checkIn({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'occurredAt' });
    const ancient = await agent.post(
      '/api/me/check-ins',
      checkIn({ occurredAt: new Date(Date.now() - 400 * 86_400_000).toISOString() }),
    );
    expect(ancient.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'occurredAt' });
    expect(await countCheckIns()).toBe(before);
  });

  it.each([
    ['mood', { mood: 11 }],
    ['mood', { mood: 2.5 }],
    ['sleepHours', { sleepHours: 7.25 }],
    ['emotions.0.key', { emotions: [{ key: 'elated-ish', intensity: 3 }] }],
    ['emotions.0.intensity', { emotions: [{ key: 'calm', intensity: 0 }] }],
    [
      'emotions',
      {
        emotions: [
          { key: 'calm', intensity: 2 },
          { key: 'calm', intensity: 3 },
        ],
      },
    ],
    ['tags.0.label', { tags: [{ kind: 'place', label: '' }] }],
    ['tags.0.kind', { tags: [{ kind: 'mood', label: 'Happy' }] }],
    ['note', { note: 'x'.repeat(2001) }],
    ['visibility', { visibility: 'public' }],
    ['occurredAt', { occurredAt: 'yesterday' }],
  ])('bad input names the field (%s) and stores nothing', async (path, change) => {
    const agent = await as(client);
    const before = await countCheckIns();
    const answer = await agent.post('/api/me/check-ins', checkIn(change));
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await countCheckIns()).toBe(before);
  });

  it("offers the client's own tags first, then the built-in ones", async () => {
    const agent = await as(client);
    const options = await agent.get('/api/me/check-in-options');
    expect(options.statusCode).toBe(200);
    const tags = options.json().suggestedTags as { kind: string; label: string }[];
    expect(tags.slice(0, 5)).toContainEqual({ kind: 'activity', label: 'Choir practice' });
    expect(tags).toContainEqual({ kind: 'trigger', label: 'Poor sleep' });
    expect(options.json().emotions.length).toBeGreaterThan(10);
    // Nobody else's tags are suggested to another client.
    const other = await (await as(practice.clients[1]!)).get('/api/me/check-in-options');
    expect(other.json().suggestedTags).not.toContainEqual({
      kind: 'activity',
      label: 'Choir practice',
    });
  });

  it('a malformed or unknown id answers 404', async () => {
    const agent = await as(client);
    for (const id of ['not-a-uuid', randomUUID()]) {
      const answer = await agent.put(`/api/me/check-ins/${id}/visibility`, {
        visibility: 'shared',
      });
      expect(answer.statusCode).toBe(404);
    }
  });
});
