import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../../testing/builders.ts';

let ctx: TestContext;
let practice: TestPractice;

beforeAll(async () => {
  // With SMTP (never reached: no sender runs in tests), so reset links are issued to the outbox.
  ctx = await createTestApp({ smtpUrl: 'smtp://127.0.0.1:9' });
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

const therapist = () => practice.therapists[0]!;

describe('sign-in', () => {
  it('signs in with the right password, sets an httpOnly SameSite cookie and answers the user', async () => {
    const agent = new TestAgent(ctx.app);
    const response = await agent.signIn(therapist().email, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      id: therapist().id,
      role: 'therapist',
      consentRequired: false,
    });
    const cookie = response.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await agent.get('/api/session');
    expect(session.json().user.id).toBe(therapist().id);
  });

  it('answers the same for an unknown address and a wrong password', async () => {
    const wrongPassword = await new TestAgent(ctx.app).signIn(
      therapist().email,
      'not the password',
    );
    const unknown = await new TestAgent(ctx.app).signIn('nobody@example.test', 'not the password');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrongPassword.json());
    expect(wrongPassword.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('refuses a write without the CSRF token, and with a wrong one', async () => {
    const agent = new TestAgent(ctx.app);
    const missing = await agent.request('POST', '/api/auth/sign-in', {
      email: therapist().email,
      password: TEST_PASSWORD,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_TOKEN_INVALID');
    await agent.fetchCsrf();
    const wrong = await agent.request(
      'POST',
      '/api/auth/sign-in',
      { email: therapist().email, password: TEST_PASSWORD },
      { 'x-csrf-token': 'forged' },
    );
    expect(wrong.statusCode).toBe(403);
    expect(agent.hasSessionCookie()).toBe(false);
  });

  it('rejects unknown fields and names them', async () => {
    const agent = new TestAgent(ctx.app);
    await agent.fetchCsrf();
    const response = await agent.post('/api/auth/sign-in', {
      email: therapist().email,
      password: 'x',
      admin: true,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'UNKNOWN_FIELD', path: 'admin' });
  });

  it('names the field of a malformed address', async () => {
    const agent = new TestAgent(ctx.app);
    await agent.fetchCsrf();
    const response = await agent.post('/api/auth/sign-in', {
      email: 'not-an-address',
      password: 'x',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'email' });
  });

  it('counts only failures: many people behind one network address sign in all day', async () => {
    const team = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const email = team.therapists[0]!.email;
    // More successes than the 50 failures a client address may have in 15 minutes.
    for (let i = 0; i <= 50; i += 1) {
      const ok = await new TestAgent(ctx.app, '10.9.9.9').signIn(email, TEST_PASSWORD);
      expect(ok.statusCode).toBe(200);
    }
  });
});

describe('sessions', () => {
  it('signs out: the cookie no longer works', async () => {
    const agent = new TestAgent(ctx.app);
    await agent.signIn(therapist().email, TEST_PASSWORD);
    const out = await agent.post('/api/auth/sign-out');
    expect(out.statusCode).toBe(200);
    expect((await agent.get('/api/clients')).statusCode).toBe(401);
  });

  it('signs out everywhere: every session of the person ends', async () => {
    const first = new TestAgent(ctx.app);
    const second = new TestAgent(ctx.app);
    await first.signIn(therapist().email, TEST_PASSWORD);
    await second.signIn(therapist().email, TEST_PASSWORD);
    expect((await second.post('/api/auth/sign-out-everywhere')).statusCode).toBe(200);
    expect((await first.get('/api/clients')).statusCode).toBe(401);
    expect((await second.get('/api/clients')).statusCode).toBe(401);
  });

  it('expires after the idle timeout with SESSION_EXPIRED', async () => {
    const local = await createTestApp({ sessionIdleMinutes: 1 });
    try {
      const people = await createTestPractice(local.deps, { therapists: 1, clients: 0 });
      const agent = await new TestAgent(local.app).actAs(local.deps, people.therapists[0]!);
      expect((await agent.get('/api/clients')).statusCode).toBe(200);
      local.advanceClock(61_000);
      const expired = await agent.get('/api/clients');
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('SESSION_EXPIRED');
    } finally {
      await local.close();
    }
  });

  it('stores only a hash of the session token', async () => {
    const agent = new TestAgent(ctx.app);
    const response = await agent.signIn(therapist().email, TEST_PASSWORD);
    const token = response.cookies.find((c) => c.name === 'tandem_session')!.value;
    const rows = await ctx.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', token)
      .execute();
    expect(rows).toHaveLength(0);
  });
});

describe('passwords', () => {
  it('changes the password (argon2id), ends every old session and answers a new one', async () => {
    const people = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const me = people.therapists[0]!;
    const other = new TestAgent(ctx.app);
    await other.signIn(me.email, TEST_PASSWORD);
    const agent = new TestAgent(ctx.app);
    await agent.signIn(me.email, TEST_PASSWORD);
    const wrong = await agent.post('/api/auth/change-password', {
      currentPassword: 'nope',
      newPassword: 'a new long password',
    });
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', path: 'currentPassword' });
    const short = await agent.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'newPassword' });
    const before = agent.cookie('tandem_session');
    const ok = await agent.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new long password',
    });
    expect(ok.statusCode).toBe(200);
    // The session id rotates: the cookie the browser held before no longer opens anything.
    const after = agent.cookie('tandem_session');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(ok.json<{ csrfToken: string }>().csrfToken).toBe(agent.csrfToken);
    expect((await agent.get('/api/clients')).statusCode).toBe(200);
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(200);
    const stale = await new TestAgent(ctx.app)
      .withCookie('tandem_session', before ?? '')
      .get('/api/clients');
    expect(stale.statusCode).toBe(401);
    expect((await other.get('/api/clients')).statusCode).toBe(401);
    const stored = await ctx.deps.db
      .selectFrom('users')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .select('accounts.password_hash')
      .where('users.id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect((await new TestAgent(ctx.app).signIn(me.email, 'a new long password')).statusCode).toBe(
      200,
    );
  });

  it('resets a forgotten password through a one-time e-mailed link', async () => {
    const people = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const me = people.therapists[0]!;
    const agent = new TestAgent(ctx.app);
    await agent.fetchCsrf();
    expect(
      (await agent.post('/api/auth/password-reset/request', { email: me.email })).statusCode,
    ).toBe(202);
    expect(
      (await agent.post('/api/auth/password-reset/request', { email: 'nobody@example.test' }))
        .statusCode,
    ).toBe(202);
    await ctx.deps.background.drain();
    const mail = await ctx.deps.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', me.email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Reset your Tandem password');
    const token = /#token=([\w-]+)/.exec(mail.body)?.[1] ?? '';
    const done = await agent.post('/api/auth/password-reset/complete', {
      token,
      newPassword: 'reset password 123',
    });
    expect(done.statusCode).toBe(204);
    const again = await agent.post('/api/auth/password-reset/complete', {
      token,
      newPassword: 'another password 123',
    });
    expect(again.json()).toMatchObject({ code: 'TOKEN_INVALID' });
    expect((await new TestAgent(ctx.app).signIn(me.email, 'reset password 123')).statusCode).toBe(
      200,
    );
  });
});
