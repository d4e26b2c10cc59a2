import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';

const contexts: TestContext[] = [];
afterAll(async () => {
  for (const ctx of contexts) await ctx.close();
});

async function csrfCookie(trustProxy: boolean, headers: Record<string, string>) {
  const ctx = await createTestApp({ trustProxy });
  contexts.push(ctx);
  const response = await ctx.app.inject({ method: 'GET', url: '/api/session', headers });
  return response.cookies.find((c) => c.name === 'tandem_csrf');
}

describe('cookies behind a TLS-terminating proxy', () => {
  it('are Secure when a trusted proxy says the browser used https', async () => {
    expect((await csrfCookie(true, { 'x-forwarded-proto': 'https' }))?.secure).toBe(true);
  });

  it('ignore X-Forwarded-Proto from an untrusted peer', async () => {
    expect((await csrfCookie(false, { 'x-forwarded-proto': 'https' }))?.secure).toBeFalsy();
  });
});
