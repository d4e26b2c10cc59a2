import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

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

const item = (text: string, phone: string | null = null) => ({ text, phone });
const emptySafetyPlan = () => ({
  warningSigns: [] as { text: string; phone: string | null }[],
  internalCoping: [] as { text: string; phone: string | null }[],
  distractions: [] as { text: string; phone: string | null }[],
  helpContacts: [] as { text: string; phone: string | null }[],
  professionals: [] as { text: string; phone: string | null }[],
  saferEnvironment: [] as { text: string; phone: string | null }[],
  reasonsForLiving: [] as { text: string; phone: string | null }[],
});

async function versionRows(): Promise<number> {
  const rows = await ctx
    .superuser()
    .selectFrom('living_document_versions')
    .select('id')
    .where('practice_id', '=', practice.practiceId)
    .execute();
  return rows.length;
}

describe('the safety plan', () => {
  it('starts empty with its sections, in the Stanley–Brown order', async () => {
    const answer = await (await as(client)).get('/api/me/plans/safety-plan');
    expect(answer.statusCode).toBe(200);
    expect(answer.json().plan).toBeNull();
    expect(answer.json().sections.map((s: { key: string }) => s.key)).toEqual([
      'warningSigns',
      'internalCoping',
      'distractions',
      'helpContacts',
      'professionals',
      'saferEnvironment',
      'reasonsForLiving',
    ]);
  });

  it('is written together: each save a version, a stale save 412 with the current one', async () => {
    const mine = await as(client);
    const theirs = await as(therapist);
    const first = emptySafetyPlan();
    first.warningSigns.push(item('Staying in bed all day'));
    const v1 = await mine.put('/api/me/plans/safety-plan', { baseVersion: 0, content: first });
    expect(v1.statusCode).toBe(200);
    expect(v1.json().plan).toMatchObject({ version: 1, updatedBy: { role: 'client' } });

    // The therapist adds a crisis line from version 1.
    const second = { ...first, professionals: [item('Crisis line', '988')] };
    const v2 = await theirs.put(`/api/clients/${client.id}/plans/safety-plan`, {
      baseVersion: 1,
      content: second,
    });
    expect(v2.statusCode).toBe(200);
    expect(v2.json().plan).toMatchObject({ version: 2, updatedBy: { role: 'therapist' } });

    // The client, still on version 1, saves: refused, with version 2 to merge with.
    const rows = await versionRows();
    const stale = await mine.put('/api/me/plans/safety-plan', {
      baseVersion: 1,
      content: { ...first, reasonsForLiving: [item('My dog')] },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: 'PLAN_VERSION_STALE',
      path: 'baseVersion',
      current: { version: 2, content: { professionals: [item('Crisis line', '988')] } },
    });
    expect(await versionRows()).toBe(rows);

    // Merged and saved from version 2.
    const merged = await mine.put('/api/me/plans/safety-plan', {
      baseVersion: 2,
      content: { ...second, reasonsForLiving: [item('My dog')] },
    });
    expect(merged.json().plan.version).toBe(3);

    const history = await theirs.get(`/api/clients/${client.id}/plans/safety-plan/versions`);
    expect(history.json().versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(history.json().versions[2].content.warningSigns).toEqual([
      item('Staying in bed all day'),
    ]);
  });

  it('saved again unchanged (a replay) makes no new version', async () => {
    const mine = await as(client);
    const current = (await mine.get('/api/me/plans/safety-plan')).json().plan;
    const rows = await versionRows();
    const again = await mine.put('/api/me/plans/safety-plan', {
      baseVersion: current.version - 1,
      content: current.content,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().plan.version).toBe(current.version);
    expect(await versionRows()).toBe(rows);
  });

  it('the supervisor reads it; only the client and their therapist edit it', async () => {
    const supervisor = await as(practice.supervisor);
    const read = await supervisor.get(`/api/clients/${client.id}/plans/safety-plan`);
    expect(read.statusCode).toBe(200);
    const edit = await supervisor.put(`/api/clients/${client.id}/plans/safety-plan`, {
      baseVersion: read.json().plan.version,
      content: emptySafetyPlan(),
    });
    expect(edit.statusCode).toBe(403);
    const admin = await as(practice.admin);
    expect((await admin.get(`/api/clients/${client.id}/plans/safety-plan`)).statusCode).toBe(403);
    // Another client's plan is no one else's to find.
    const otherClient = await as(practice.clients[1]!);
    expect((await otherClient.get('/api/me/plans/safety-plan')).json().plan).toBeNull();
  });

  it.each([
    ['content.mood', { ...emptySafetyPlan(), mood: [] }, 'UNKNOWN_FIELD'],
    [
      'content.reasonsForLiving',
      (() => {
        const { reasonsForLiving: _omitted, ...rest } = emptySafetyPlan();
        return rest;
      })(),
      'VALIDATION_FAILED',
    ],
    [
      'content.warningSigns.0.phone',
      { ...emptySafetyPlan(), warningSigns: [item('Pacing', '555')] },
      'VALIDATION_FAILED',
    ],
    [
      'content.warningSigns.0.text',
      { ...emptySafetyPlan(), warningSigns: [item('  ')] },
      'VALIDATION_FAILED',
    ],
  ])('bad content names the field (%s) and changes nothing', async (path, content, code) => {
    const mine = await as(client);
    const current = (await mine.get('/api/me/plans/safety-plan')).json().plan;
    const rows = await versionRows();
    const answer = await mine.put('/api/me/plans/safety-plan', {
      baseVersion: current.version,
      content,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code, path });
    expect(await versionRows()).toBe(rows);
  });

  it('a coping plan is its own document with its own sections', async () => {
    const mine = await as(client);
    const answer = await mine.get('/api/me/plans/coping-plan');
    expect(answer.json().plan).toBeNull();
    expect(answer.json().sections.map((s: { key: string }) => s.key)).toEqual([
      'triggers',
      'warningSigns',
      'whatHelps',
    ]);
    const saved = await mine.put('/api/me/plans/coping-plan', {
      baseVersion: 0,
      content: { triggers: [item('Deadlines')], warningSigns: [], whatHelps: [item('A walk')] },
    });
    expect(saved.json().plan).toMatchObject({ kind: 'coping-plan', version: 1 });
  });

  it('an unknown kind of plan is refused, naming the field', async () => {
    const answer = await (await as(client)).get('/api/me/plans/diary');
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'params.kind' });
  });
});
