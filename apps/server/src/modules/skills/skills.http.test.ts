import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newSkillPractice } from '../access/role-matrix.worksheets.ts';

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

async function countPractices(): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom('skill_practices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a skill practice', () => {
  it('is stored with its note and distress before and after', async () => {
    const agent = await as(client);
    const body = newSkillPractice();
    const made = await agent.post('/api/me/skill-practices', body);
    expect(made.statusCode).toBe(201);
    expect(made.json().practice).toMatchObject({
      id: body.id,
      skill: 'paced-breathing',
      skillName: 'Paced breathing',
      sudsBefore: 70,
      sudsAfter: 40,
      note: 'Helped a bit.',
      visibility: 'private',
    });
    const list = await agent.get('/api/me/skill-practices');
    expect(list.json().practices.map((p: { id: string }) => p.id)).toContain(body.id);
  });

  it('sent twice is one practice; the same id with other content is refused', async () => {
    const agent = await as(client);
    const body = newSkillPractice();
    const before = await countPractices();
    expect((await agent.post('/api/me/skill-practices', body)).statusCode).toBe(201);
    const replay = await agent.post('/api/me/skill-practices', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().practice.id).toBe(body.id);
    const reused = await agent.post('/api/me/skill-practices', { ...body, sudsAfter: 10 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    expect(await countPractices()).toBe(before + 1);
  });

  it.each([
    ['skill', { skill: 'juggling' }],
    ['sudsBefore', { sudsBefore: 101 }],
    ['sudsAfter', { sudsAfter: -1 }],
    ['sudsAfter', { sudsAfter: 3.5 }],
    ['note', { note: 'x'.repeat(1001) }],
    ['visibility', { visibility: 'public' }],
    ['practicedAt', { practicedAt: 'now' }],
    ['practicedAt', { practicedAt: new Date(Date.now() + 3_600_000).toISOString() }],
  ])('bad input names the field (%s) and stores nothing', async (path, change) => {
    const before = await countPractices();
    const answer = await (
      await as(client)
    ).post('/api/me/skill-practices', {
      ...newSkillPractice(),
      ...change,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await countPractices()).toBe(before);
  });

  it('the summary gives the mean drop per skill, most helpful first', async () => {
    const agent = await as(practice.clients[1]!);
    const log = (skill: string, before: number, after: number) =>
      agent.post('/api/me/skill-practices', {
        ...newSkillPractice(),
        skill,
        sudsBefore: before,
        sudsAfter: after,
      });
    await log('cold-water', 80, 40);
    await log('cold-water', 60, 50);
    await log('urge-surfing', 50, 45);
    await log('half-smile', 30, 40);
    const summary = (await agent.get('/api/me/skills/summary')).json();
    expect(summary).toEqual({
      practices: 4,
      skills: [
        { skill: 'cold-water', skillName: 'Cold water', practices: 2, meanSudsDrop: 25 },
        { skill: 'urge-surfing', skillName: 'Riding the urge', practices: 1, meanSudsDrop: 5 },
        {
          skill: 'half-smile',
          skillName: 'Soft face, open hands',
          practices: 1,
          meanSudsDrop: -10,
        },
      ],
    });
  });

  it('a malformed or unknown id answers 404', async () => {
    const agent = await as(client);
    for (const id of ['not-a-uuid', randomUUID()]) {
      const put = await agent.put(`/api/me/skill-practices/${id}/visibility`, {
        visibility: 'shared',
      });
      expect(put.statusCode).toBe(404);
    }
  });
});
