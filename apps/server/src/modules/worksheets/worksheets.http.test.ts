import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newThoughtRecord, thoughtRecordAnswers } from '../access/role-matrix.worksheets.ts';

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

async function countEntries(): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom('worksheet_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the thought record', () => {
  it('is served as a FHIR Questionnaire to clients and staff', async () => {
    for (const user of [client, practice.therapists[0]!, practice.admin]) {
      const answer = await (await as(user)).get('/api/worksheets/thought-record');
      expect(answer.statusCode).toBe(200);
      expect(answer.json().questionnaire).toMatchObject({
        resourceType: 'Questionnaire',
        id: 'thought-record',
        version: '1',
      });
    }
    const unknown = await (await as(client)).get('/api/worksheets/no-such-sheet');
    expect(unknown.statusCode).toBe(404);
  });

  it('is stored with the change in each emotion, private by default choice of the client', async () => {
    const agent = await as(client);
    const body = newThoughtRecord();
    const made = await agent.post('/api/me/worksheets', body);
    expect(made.statusCode).toBe(201);
    const entry = made.json().entry;
    expect(entry).toMatchObject({
      id: body.id,
      worksheet: 'thought-record',
      title: 'Thought record',
      visibility: 'private',
      ratingChanges: [
        { label: 'Anxious', before: 80, after: 40, change: -40 },
        { label: 'Sad', before: 60, after: 45, change: -15 },
      ],
    });
    expect(entry.answers).toMatchObject({ thought: 'They are fed up with me.', traps: [3, 8] });
    const one = await agent.get(`/api/me/worksheets/${body.id}`);
    expect(one.json().entry).toEqual(entry);
    const list = await agent.get('/api/me/worksheets');
    expect(list.json().entries.map((e: { id: string }) => e.id)).toContain(body.id);
  });

  it('sent twice (an offline replay) is one entry; the same id with other answers is refused', async () => {
    const agent = await as(client);
    const body = newThoughtRecord();
    const before = await countEntries();
    expect((await agent.post('/api/me/worksheets', body)).statusCode).toBe(201);
    const replay = await agent.post('/api/me/worksheets', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().entry.id).toBe(body.id);
    expect(await countEntries()).toBe(before + 1);
    const reused = await agent.post('/api/me/worksheets', {
      ...body,
      answers: { ...body.answers, 'emotion-1-after': 10 },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    // Another client cannot take the id either.
    const other = await (await as(practice.clients[1]!)).post('/api/me/worksheets', body);
    expect(other.statusCode).toBe(409);
    expect(await countEntries()).toBe(before + 1);
  });

  it('drops an answer to a question that does not apply', async () => {
    const answers = { ...thoughtRecordAnswers(), 'emotion-3-before': 50 };
    const made = await (
      await as(client)
    ).post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().entry.answers['emotion-3-before']).toBeUndefined();
    expect(made.json().entry.ratingChanges).toHaveLength(2);
  });

  const without = (linkId: string) => {
    const answers: Record<string, unknown> = thoughtRecordAnswers();
    delete answers[linkId];
    return answers;
  };

  it.each([
    ['answers.emotion-1-before', { ...thoughtRecordAnswers(), 'emotion-1-before': 101 }],
    ['answers.emotion-1-before', { ...thoughtRecordAnswers(), 'emotion-1-before': -1 }],
    ['answers.emotion-1-after', { ...thoughtRecordAnswers(), 'emotion-1-after': 12.5 }],
    ['answers.emotion-1-after', { ...thoughtRecordAnswers(), 'emotion-1-after': '40' }],
    ['answers.thought', without('thought')],
    ['answers.emotion-2-after', without('emotion-2-after')],
    ['answers.emotion-1', { ...thoughtRecordAnswers(), 'emotion-1': 'two\nlines' }],
    ['answers.situation', { ...thoughtRecordAnswers(), situation: 'x'.repeat(1001) }],
    ['answers.traps', { ...thoughtRecordAnswers(), traps: [11] }],
    ['answers.traps', { ...thoughtRecordAnswers(), traps: [2, 2] }],
    ['answers.traps', { ...thoughtRecordAnswers(), traps: 'catastrophising' }],
    ['answers.no-such-question', { ...thoughtRecordAnswers(), 'no-such-question': 'hi' }],
    ['answers.situation-help', { ...thoughtRecordAnswers(), 'situation-help': 'hi' }],
    ['answers.step-situation', { ...thoughtRecordAnswers(), 'step-situation': 'hi' }],
    ['answers.thought', { ...thoughtRecordAnswers(), thought: true }],
  ])('bad answers name the field (%s) and store nothing', async (path, answers) => {
    const before = await countEntries();
    const answer = await (
      await as(client)
    ).post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await countEntries()).toBe(before);
  });

  it('refuses an unknown worksheet and a malformed body, storing nothing', async () => {
    const agent = await as(client);
    const before = await countEntries();
    const unknown = await agent.post('/api/me/worksheets', {
      ...newThoughtRecord(),
      worksheet: 'abc-worksheet',
    });
    expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'worksheet' });
    const noAnswers = await agent.post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers: [],
    });
    expect(noAnswers.statusCode).toBe(400);
    const nested = await agent.post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers: { ...thoughtRecordAnswers(), situation: { text: 'x' } },
    });
    expect(nested.statusCode).toBe(400);
    expect(await countEntries()).toBe(before);
  });

  it('a malformed or unknown id answers 404', async () => {
    const agent = await as(client);
    for (const id of ['not-a-uuid', randomUUID()]) {
      expect((await agent.get(`/api/me/worksheets/${id}`)).statusCode).toBe(404);
      const put = await agent.put(`/api/me/worksheets/${id}/visibility`, { visibility: 'shared' });
      expect(put.statusCode).toBe(404);
    }
  });
});
