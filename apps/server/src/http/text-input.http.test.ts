import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';

/**
 * Text people type is checked at the edge: control characters get a field
 * error naming the field (PostgreSQL refuses U+0000, which used to give a
 * 500), names refuse text-direction controls too, and only multi-line text
 * keeps its newlines and tabs. A refused request changes nothing.
 */
let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
});
afterAll(async () => ctx.close());

const therapist = () => new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
const admin = () => new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);

async function memberNamed(name: string) {
  return ctx.deps.db
    .selectFrom('users')
    .select('id')
    .where('display_name', 'like', `%${name}%`)
    .execute();
}

describe('names', () => {
  for (const [what, name] of [
    ['a NUL', 'Robin\u0000Hood'],
    ['a control character', 'Robin\u001bHood'],
    ['a line break', 'Robin\nHood'],
    ['a right-to-left override', 'Robin\u202eHood'],
    ['a directional isolate', 'Robin\u2066Hood'],
    ['a lone surrogate', 'Robin\ud800Hood'],
  ] as const) {
    it(`refuses ${what} in a client's name, naming the field, and creates nothing`, async () => {
      const agent = await therapist();
      const answer = await agent.post('/api/clients/invite', {
        id: randomUUID(),
        email: `robin-${randomUUID()}@example.test`,
        displayName: name,
      });
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'displayName' });
      expect(await memberNamed('Robin')).toEqual([]);
    });
  }

  it('refuses a NUL and a direction override in a staff member’s name', async () => {
    const agent = await admin();
    for (const displayName of ['Sam\u0000Staff', 'Sam\u202eStaff']) {
      const answer = await agent.post('/api/admin/users', {
        id: randomUUID(),
        email: `sam-${randomUUID()}@example.test`,
        displayName,
        role: 'therapist',
      });
      expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'displayName' });
    }
    expect(await memberNamed('Sam')).toEqual([]);
  });

  it('keeps names in right-to-left scripts and with emoji', async () => {
    const agent = await therapist();
    const answer = await agent.post('/api/clients/invite', {
      id: randomUUID(),
      email: `rtl-${randomUUID()}@example.test`,
      displayName: 'מרים כהן 🌱',
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json().client.displayName).toBe('מרים כהן 🌱');
  });
});

describe('multi-line text', () => {
  const paragraph = 'Tandem is not a crisis service. Your therapist sees what you choose to share.';

  it('keeps paragraphs and tabs in the consent text, but refuses NUL and other controls', async () => {
    const agent = await admin();
    const before = (await agent.get('/api/admin/consent')).json<{ version: number }>().version;
    for (const bad of ['\u0000', '\u0007', '\r']) {
      const answer = await agent.put('/api/admin/consent', {
        text: `${paragraph}${bad}${paragraph}`,
      });
      expect(answer.statusCode, JSON.stringify(bad)).toBe(400);
      expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'text' });
    }
    expect((await agent.get('/api/admin/consent')).json<{ version: number }>().version).toBe(
      before,
    );
    const good = await agent.put('/api/admin/consent', { text: `${paragraph}\n\n\t${paragraph}` });
    expect(good.statusCode).toBe(200);
    expect(good.json<{ text: string }>().text).toContain('\n\n\t');
  });
});

describe('the safety net under every schema', () => {
  it('names the field of a NUL wherever it is, even where no schema looks at text', async () => {
    const agent = new TestAgent(ctx.app);
    await agent.fetchCsrf();
    const password = await agent.post('/api/auth/sign-in', {
      email: practice.therapists[0]!.email,
      password: 'pass\u0000word',
    });
    expect(password.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'password' });
    const key = await agent.post('/api/auth/sign-in', { 'e\u0000mail': 'x' });
    expect(key.statusCode).toBe(400);
    expect(key.json()).toHaveProperty('code', 'VALIDATION_FAILED');
    const query = await (await therapist()).get('/api/clients?status=active%00');
    expect(query.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'query.status' });
  });
});
