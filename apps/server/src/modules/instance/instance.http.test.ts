import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { seedDemoPractice } from '../demo/demo-practice.ts';

const opened: TestContext[] = [];
afterAll(async () => Promise.all(opened.map((ctx) => ctx.close())));

async function app(overrides: Parameters<typeof createTestApp>[0]) {
  const ctx = await createTestApp(overrides);
  opened.push(ctx);
  return ctx;
}

describe('GET /api/instance', () => {
  it('lists the demo accounts while the demo practice exists, and says resets go through the operator without SMTP', async () => {
    const ctx = await app({ demo: true, smtpUrl: null });
    const before = (await ctx.app.inject('/api/instance')).json();
    expect(before).toEqual({ demo: null, passwordReset: 'operator' });
    await seedDemoPractice(ctx.deps.db, {
      password: 'demo password 123',
      country: 'US',
      now: new Date(),
      cipher: ctx.deps.cipher,
    });
    const after = (await ctx.app.inject('/api/instance')).json<{
      demo: { accounts: { role: string; email: string }[] };
    }>();
    expect(after.demo.accounts.map((a) => a.email)).toContain('therapist@demo.tandem.test');
    expect(JSON.stringify(after)).not.toContain('demo password 123');
  });

  it('lists no accounts when demo mode is off, and says resets go by e-mail with SMTP', async () => {
    const ctx = await app({ demo: false, smtpUrl: 'smtp://127.0.0.1:9' });
    await seedDemoPractice(ctx.deps.db, {
      password: null,
      country: 'US',
      now: new Date(),
      cipher: ctx.deps.cipher,
    });
    expect((await ctx.app.inject('/api/instance')).json()).toEqual({
      demo: null,
      passwordReset: 'email',
    });
  });
});
