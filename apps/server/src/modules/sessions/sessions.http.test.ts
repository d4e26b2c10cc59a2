import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../../testing/builders.ts';

let ctx: TestContext;
let practice: TestPractice;

beforeAll(async () => {
  ctx = await createTestApp({ sessionMaxHours: 2, sessionIdleMinutes: 60 });
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
});
afterAll(async () => ctx.close());

const therapist = () => practice.therapists[0]!;

describe('session lifetime', () => {
  it('gives a new session id at sign-in and ends the one the browser held', async () => {
    const agent = new TestAgent(ctx.app);
    await agent.signIn(therapist().email, TEST_PASSWORD);
    const first = agent.cookie('tandem_session') ?? '';
    const again = await agent.signIn(therapist().email, TEST_PASSWORD);
    expect(again.statusCode).toBe(200);
    const second = agent.cookie('tandem_session') ?? '';
    expect(second).not.toBe(first);
    expect((await agent.get('/api/clients')).statusCode).toBe(200);
    const old = await new TestAgent(ctx.app)
      .withCookie('tandem_session', first)
      .get('/api/clients');
    expect(old.statusCode).toBe(401);
  });

  it('ends at its absolute lifetime even when in constant use', async () => {
    const agent = new TestAgent(ctx.app);
    await agent.signIn(therapist().email, TEST_PASSWORD);
    // Active every 50 minutes, within the idle timeout, for two hours.
    for (let i = 0; i < 2; i += 1) {
      ctx.advanceClock(50 * 60_000);
      expect((await agent.get('/api/clients')).statusCode).toBe(200);
    }
    ctx.advanceClock(21 * 60_000);
    const ended = await agent.get('/api/clients');
    expect(ended.statusCode).toBe(401);
    expect(ended.json()).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(agent.hasSessionCookie()).toBe(false);
  });

  it('ends the sessions of a deactivated person at once', async () => {
    const people = await createTestPractice(ctx.deps, { therapists: 2, clients: 0 });
    const leaving = people.therapists[1]!;
    const session = new TestAgent(ctx.app);
    expect((await session.signIn(leaving.email, TEST_PASSWORD)).statusCode).toBe(200);
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, people.admin);
    expect((await admin.post(`/api/admin/users/${leaving.id}/deactivate`)).statusCode).toBe(200);
    expect((await session.get('/api/clients')).statusCode).toBe(401);
    const retry = await new TestAgent(ctx.app, '10.9.9.9').signIn(leaving.email, TEST_PASSWORD);
    expect(retry.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });
});

describe('signing out', () => {
  it('everywhere ends every session of the person and is recorded', async () => {
    const people = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const me = people.therapists[0]!;
    const phone = await new TestAgent(ctx.app).actAs(ctx.deps, me);
    const laptop = await new TestAgent(ctx.app).actAs(ctx.deps, me);
    const out = await laptop.post('/api/auth/sign-out-everywhere');
    expect(out.statusCode).toBe(200);
    expect(out.json<{ csrfToken: string }>().csrfToken).not.toBe('');
    expect((await phone.get('/api/clients')).statusCode).toBe(401);
    expect((await laptop.get('/api/clients')).statusCode).toBe(401);
    const remaining = await ctx.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', me.id)
      .execute();
    expect(remaining).toEqual([]);
    const event = await ctx.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('practice_id', '=', people.practiceId)
      .where('action', '=', 'auth.sign-out-everywhere')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: me.id, outcome: 'allowed' });
  });
});

describe('sign-in rate limit', () => {
  it('records a failure for an unknown address without the address, on the installation chain', async () => {
    const address = 'unknown-person@example.test';
    await new TestAgent(ctx.app, '10.78.0.1').signIn(address, 'wrong password');
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('practice_id', '=', '00000000-0000-0000-0000-000000000000')
      .where('action', '=', 'auth.sign-in')
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ outcome: 'denied', actor_id: null });
    expect(JSON.stringify(events)).not.toContain('unknown-person');
  });
});

describe('only the person’s own activity keeps a session alive', () => {
  it('lets a page that refreshes itself in the background time out', async () => {
    const local = await createTestApp({ sessionIdleMinutes: 30 });
    try {
      const people = await createTestPractice(local.deps, { therapists: 1, clients: 0 });
      const page = (
        await new TestAgent(local.app).actAs(local.deps, people.therapists[0]!)
      ).inBackground();
      // Polling every 10 minutes, nobody at the keyboard: 30 minutes after sign-in it ends.
      for (let i = 0; i < 2; i += 1) {
        local.advanceClock(10 * 60_000);
        expect((await page.get('/api/clients')).statusCode).toBe(200);
      }
      local.advanceClock(10 * 60_000 + 1_000);
      const ended = await page.get('/api/clients');
      expect(ended.statusCode).toBe(401);
      expect(ended.json()).toMatchObject({ code: 'SESSION_EXPIRED' });
    } finally {
      await local.close();
    }
  });

  it('extends it for requests that follow the person’s activity, and for every write', async () => {
    const local = await createTestApp({ sessionIdleMinutes: 30 });
    try {
      const people = await createTestPractice(local.deps, { therapists: 1, clients: 0 });
      const person = await new TestAgent(local.app).actAs(local.deps, people.therapists[0]!);
      for (let i = 0; i < 4; i += 1) {
        local.advanceClock(20 * 60_000);
        expect((await person.get('/api/clients')).statusCode).toBe(200);
      }
      // A write counts even without the header (typing a note, say).
      const writer = (
        await new TestAgent(local.app).actAs(local.deps, people.therapists[0]!)
      ).inBackground();
      for (let i = 0; i < 3; i += 1) {
        local.advanceClock(20 * 60_000);
        expect((await writer.post('/api/consent/accept', { version: 1 })).statusCode).toBe(204);
      }
    } finally {
      await local.close();
    }
  });
});
