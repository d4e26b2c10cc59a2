import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestUser } from '../../testing/builders.ts';
import { claimSignInAttempt, signInThrottleKeys } from './sign-in-throttle.ts';

/**
 * The numbers of the sign-in policy are written here as literals on purpose
 * (ADR 0009): a test that imported them from the code would not notice them
 * being changed. Per account: 5 free failures, then a wait that doubles from
 * 1 second up to 5 minutes. Per client address: 50 failures per 15 minutes.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

let addressCounter = 0;
/** A fresh client address, so that the per-address limit stays out of the way. */
const freshIp = () => `10.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}.7`;

async function person(): Promise<TestUser> {
  return (await createTestPractice(ctx.deps, { therapists: 1, clients: 0 })).therapists[0]!;
}

const attempt = (email: string, password: string, ip = freshIp()) =>
  new TestAgent(ctx.app, ip).signIn(email, password);

describe('per account', () => {
  it('lets 5 failures through, then asks to wait 1 second, then 2, 4 …', async () => {
    const me = await person();
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(me.email, 'wrong password')).statusCode, `failure ${i + 1}`).toBe(401);
    }
    const refused = await attempt(me.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many attempts. Please try again in 1 second.',
    });
    ctx.advanceClock(1_000);
    expect((await attempt(me.email, 'wrong password')).statusCode).toBe(401);
    const second = await attempt(me.email, 'wrong password');
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('2');
    ctx.advanceClock(1_000);
    expect((await attempt(me.email, TEST_PASSWORD)).headers['retry-after']).toBe('1');
    ctx.advanceClock(1_000);
    expect((await attempt(me.email, 'wrong password')).statusCode).toBe(401);
    expect((await attempt(me.email, TEST_PASSWORD)).headers['retry-after']).toBe('4');
  });

  it('never makes the real person wait more than 5 minutes, and a success starts afresh', async () => {
    const me = await person();
    let last = 0;
    // 20 failures, each as soon as allowed: the wait grows, then stops at 300 s.
    for (let i = 0; i < 20; i += 1) {
      const answer = await attempt(me.email, 'wrong password');
      if (answer.statusCode === 429) {
        last = Number(answer.headers['retry-after']);
        ctx.advanceClock(last * 1000);
        i -= 1;
        continue;
      }
      expect(answer.statusCode).toBe(401);
    }
    expect(last).toBe(300);
    const waiting = await attempt(me.email, TEST_PASSWORD);
    expect(waiting.statusCode).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(300);
    expect(waiting.json<{ message: string }>().message).toBe(
      'Too many attempts. Please try again in 5 minutes.',
    );
    ctx.advanceClock(300_000);
    expect((await attempt(me.email, TEST_PASSWORD)).statusCode).toBe(200);
    // The success cleared the account's failures: 5 free ones again.
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(me.email, 'wrong password')).statusCode).toBe(401);
    }
  });

  it('forgets failures 24 hours after the last one, not before', async () => {
    const me = await person();
    for (let i = 0; i < 5; i += 1) await attempt(me.email, 'wrong password');
    expect((await attempt(me.email, 'wrong password')).statusCode).toBe(429);
    // 23 hours later the 5 failures still count: this one is the 6th.
    ctx.advanceClock(23 * 3_600_000);
    expect((await attempt(me.email, 'wrong password')).statusCode).toBe(401);
    expect((await attempt(me.email, 'wrong password')).headers['retry-after']).toBe('2');
    // A day after the last failure, they are forgotten.
    ctx.advanceClock(24 * 3_600_000 + 1_000);
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(me.email, 'wrong password')).statusCode).toBe(401);
    }
    expect((await attempt(me.email, 'wrong password')).headers['retry-after']).toBe('1');
  });

  it('checks exactly 5 of 100 wrong passwords sent at once, and audits every refusal', async () => {
    const me = await person();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => attempt(me.email, 'wrong password')),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(95);
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['detail', 'outcome', 'source_address'])
      .where('practice_id', '=', me.practiceId)
      .where('action', '=', 'auth.sign-in')
      .execute();
    const reasons = events.map((e) => (e.detail as { reason?: string }).reason);
    expect(reasons.filter((r) => r === 'invalid-credentials')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'rate-limited')).toHaveLength(95);
    expect(events.every((e) => e.outcome === 'denied' && e.source_address !== null)).toBe(true);
  });
});

describe('attempts that overlap', () => {
  it('lets a free attempt through even when an overlapping one read the clock a moment later', async () => {
    // Two sign-ins at once (a double click): the second's clock read may come before the
    // first's, which once made the second wait "1 second" with failures still free.
    const keys = signInThrottleKeys(`overlap-${Date.now()}@example.test`, freshIp());
    const later = ctx.deps.clock();
    const earlier = new Date(later.getTime() - 5);
    const first = await claimSignInAttempt(ctx.deps.db, keys, later);
    const second = await claimSignInAttempt(ctx.deps.db, keys, earlier);
    expect([first.allowed, second.allowed]).toEqual([true, true]);
  });
});

describe('per client address', () => {
  it('allows 50 failures per 15 minutes from one address, whichever accounts', async () => {
    const ip = '10.200.0.1';
    const me = await person();
    for (let i = 0; i < 50; i += 1) {
      const answer = await attempt(`nobody-${i}@example.test`, 'wrong password', ip);
      expect(answer.statusCode, `failure ${i + 1}`).toBe(401);
    }
    const refused = await attempt(me.email, TEST_PASSWORD, ip);
    expect(refused.statusCode).toBe(429);
    // The window opened with the first failure, a moment (real time) ago.
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThan(890);
    expect(wait).toBeLessThanOrEqual(900);
    expect(refused.json<{ message: string }>().message).toBe(
      'Too many attempts. Please try again in 15 minutes.',
    );
    // Another address is not affected, and neither is the account.
    expect((await attempt(me.email, TEST_PASSWORD, '10.200.0.2')).statusCode).toBe(200);
    ctx.advanceClock((wait - 5) * 1000);
    const almost = await attempt(me.email, TEST_PASSWORD, ip);
    expect(almost.statusCode).toBe(429);
    expect(Number(almost.headers['retry-after'])).toBeLessThanOrEqual(5);
    ctx.advanceClock(6_000);
    expect((await attempt(me.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('counts an IPv6 client by its /64', async () => {
    const me = await person();
    for (let i = 0; i < 50; i += 1) {
      await attempt(`nobody6-${i}@example.test`, 'wrong password', `2001:db8:7:7::${i + 1}`);
    }
    expect((await attempt(me.email, TEST_PASSWORD, '2001:db8:7:7:ffff::1')).statusCode).toBe(429);
    expect((await attempt(me.email, TEST_PASSWORD, '2001:db8:7:8::1')).statusCode).toBe(200);
  });

  it('counts only failures: successes from one address never add up', async () => {
    const me = await person();
    for (let i = 0; i < 60; i += 1) {
      expect((await attempt(me.email, TEST_PASSWORD, '10.201.0.1')).statusCode).toBe(200);
    }
  });
});
