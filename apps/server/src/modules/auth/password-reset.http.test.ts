import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestUser } from '../../testing/builders.ts';
import { MAX_PASSWORD_CHANGE_ATTEMPTS } from './password.service.ts';

let ctx: TestContext;

beforeAll(async () => {
  // With SMTP configured (no sender runs in tests): reset links are issued, pending in the outbox.
  ctx = await createTestApp({ smtpUrl: 'smtp://127.0.0.1:9' });
});
afterAll(async () => ctx.close());

async function someone(): Promise<TestUser> {
  return (await createTestPractice(ctx.deps, { therapists: 1, clients: 0 })).therapists[0]!;
}

async function requestReset(email: string, ip = '127.0.0.1') {
  const agent = new TestAgent(ctx.app, ip);
  await agent.fetchCsrf();
  const response = await agent.post('/api/auth/password-reset/request', { email });
  await ctx.deps.background.drain();
  return response;
}

async function mailsTo(email: string) {
  return ctx.deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
}

const tokenIn = (body: string) => /#token=([\w-]+)/.exec(body)?.[1] ?? '';

async function complete(token: string, newPassword = 'a reset password 1') {
  const agent = new TestAgent(ctx.app);
  await agent.fetchCsrf();
  return agent.post('/api/auth/password-reset/complete', { token, newPassword });
}

describe('password reset', () => {
  it('answers an unknown, an invited and a known address alike; only the known one gets mail', async () => {
    const known = await someone();
    const people = await createTestPractice(ctx.deps, { therapists: 0, clients: 0 });
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, people.admin);
    const invited = `invited-${Date.now()}@example.test`;
    await admin.post('/api/admin/users', {
      id: globalThis.crypto.randomUUID(),
      email: invited,
      displayName: 'Not yet joined',
      role: 'therapist',
    });
    const answers = await Promise.all(
      [known.email, 'nobody-at-all@example.test', invited].map((email) => requestReset(email)),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toBe(answers[0]!.body);
    }
    expect((await mailsTo(known.email)).map((m) => m.subject)).toEqual([
      'Reset your Tandem password',
    ]);
    expect(await mailsTo('nobody-at-all@example.test')).toEqual([]);
    expect((await mailsTo(invited)).map((m) => m.subject)).toEqual(['Your invitation to Tandem']);
  });

  it('ends every session of the person and works once', async () => {
    const me = await someone();
    const elsewhere = new TestAgent(ctx.app);
    await elsewhere.signIn(me.email, TEST_PASSWORD);
    await requestReset(me.email);
    const [mail] = await mailsTo(me.email);
    expect(mail?.body).not.toContain(me.email);
    const token = tokenIn(mail?.body ?? '');
    expect((await complete(token)).statusCode).toBe(204);
    expect((await elsewhere.get('/api/clients')).statusCode).toBe(401);
    expect((await complete(token, 'yet another password')).json()).toMatchObject({
      code: 'TOKEN_INVALID',
      path: 'token',
    });
    expect((await new TestAgent(ctx.app).signIn(me.email, 'a reset password 1')).statusCode).toBe(
      200,
    );
  });

  it('expires after an hour, and a newer link replaces an older one', async () => {
    const me = await someone();
    await requestReset(me.email);
    const first = tokenIn((await mailsTo(me.email))[0]!.body);
    await requestReset(me.email);
    const second = tokenIn((await mailsTo(me.email))[1]!.body);
    expect((await complete(first)).json()).toMatchObject({ code: 'TOKEN_INVALID' });
    ctx.advanceClock(3_600_000 + 1_000);
    try {
      expect((await complete(second)).json()).toMatchObject({ code: 'TOKEN_INVALID' });
    } finally {
      ctx.advanceClock(-(3_600_000 + 1_000));
    }
    // Neither link changed anything.
    expect((await new TestAgent(ctx.app).signIn(me.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('stops mailing one address after a few requests, still answering the same', async () => {
    const me = await someone();
    for (let i = 0; i < 8; i += 1) {
      expect((await requestReset(me.email, `10.60.0.${i + 1}`)).statusCode).toBe(202);
    }
    expect(await mailsTo(me.email)).toHaveLength(5);
  });
});

describe('change password', () => {
  it('limits wrong current passwords per person, so a borrowed session cannot guess the password', async () => {
    const me = await someone();
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, me);
    for (let i = 0; i < MAX_PASSWORD_CHANGE_ATTEMPTS; i += 1) {
      const wrong = await agent.post('/api/auth/change-password', {
        currentPassword: `guess ${i}`,
        newPassword: 'a new long password',
      });
      expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    const limited = await agent.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new long password',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await new TestAgent(ctx.app).signIn(me.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('new passwords', () => {
  it('refuses a common password and the current one, at the field, changing nothing', async () => {
    const me = await someone();
    const agent = await new TestAgent(ctx.app).actAs(ctx.deps, me);
    for (const [newPassword, pattern] of [
      ['password1234', /most common/],
      ['qwertyuiop', /most common/],
      [TEST_PASSWORD, /current password/],
      [me.email, /name or e-mail/],
    ] as const) {
      const answer = await agent.post('/api/auth/change-password', {
        currentPassword: TEST_PASSWORD,
        newPassword,
      });
      expect(answer.statusCode, newPassword).toBe(400);
      expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'newPassword' });
      expect(answer.json<{ message: string }>().message).toMatch(pattern);
    }
    expect((await new TestAgent(ctx.app).signIn(me.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('applies the same rules to a reset, and the link stays usable after a refusal', async () => {
    const me = await someone();
    await requestReset(me.email);
    const token = tokenIn((await mailsTo(me.email))[0]!.body);
    for (const weak of ['iloveyou123', TEST_PASSWORD]) {
      const answer = await complete(token, weak);
      expect(answer.json(), weak).toMatchObject({ code: 'VALIDATION_FAILED', path: 'newPassword' });
    }
    expect((await complete(token, 'a sound new passphrase')).statusCode).toBe(204);
  });
});
