import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('route table', () => {
  it('every route declares an access rule (one without cannot even be registered)', () => {
    expect(ctx.app.routeTable.length).toBeGreaterThan(30);
    const kinds = new Set(ctx.app.routeTable.map((r) => r.access.kind));
    expect([...kinds].sort()).toEqual(['public', 'roles', 'signed-in']);
  });

  it('an unknown API path answers a coded 404, not a stack trace', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found.' });
  });

  it('malformed JSON and wrong media types get coded 4xx answers', async () => {
    const session = await ctx.app.inject({ method: 'GET', url: '/api/session' });
    const csrf = session.json<{ csrfToken: string }>().csrfToken;
    const cookie = session.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const headers = { cookie, 'x-csrf-token': csrf };
    const broken = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('MALFORMED_REQUEST');
    const text = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('health names the database kind and version', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({
      status: 'ok',
      database: ctx.deps.databaseKind,
      version: 'test',
    });
  });
});
