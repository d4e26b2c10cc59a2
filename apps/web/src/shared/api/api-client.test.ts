import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client.ts';
import type { SessionEndedCode } from './api-client.ts';
import { ApiError } from './api-error.ts';

interface Call {
  method: string;
  path: string;
  csrf: string | null;
  activity: string | null;
  body: unknown;
}

/** A stand-in server: answers by (method, path) and records every request. */
function fakeServer(answer: (call: Call, calls: Call[]) => Response, isUserActive?: () => boolean) {
  const calls: Call[] = [];
  const ended: SessionEndedCode[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      path: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      csrf: headers.get('x-csrf-token'),
      activity: headers.get('x-user-activity'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return Promise.resolve(answer(call, calls));
  };
  const api = createApiClient({
    fetch,
    onSessionEnded: (code) => ended.push(code),
    ...(isUserActive ? { isUserActive } : {}),
  });
  return { api, calls, ended };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createApiClient', () => {
  it('fetches a CSRF token before the first write and sends it', async () => {
    const { api, calls } = fakeServer((call) =>
      call.path === '/api/session'
        ? json(200, { user: null, csrfToken: 't1' })
        : new Response(null, { status: 204 }),
    );
    await expect(api.post('/api/consent/accept', { version: 2 })).resolves.toBeUndefined();
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/session',
      'POST /api/consent/accept',
    ]);
    expect(calls[1]?.csrf).toBe('t1');
    expect(calls[1]?.body).toEqual({ version: 2 });
  });

  it('switches to the token a sign-in answer carries', async () => {
    const { api, calls } = fakeServer((call) => {
      if (call.path === '/api/session') return json(200, { user: null, csrfToken: 'before' });
      if (call.path === '/api/auth/sign-in') return json(200, { user: {}, csrfToken: 'after' });
      return new Response(null, { status: 204 });
    });
    await api.post('/api/auth/sign-in', { email: 'a@example.org', password: 'pw' });
    await api.post('/api/auth/change-password', { currentPassword: 'a', newPassword: 'b' });
    expect(calls.at(-1)?.csrf).toBe('after');
  });

  it('fetches a fresh token and retries once when the token was stale', async () => {
    let sessionReads = 0;
    const { api, calls } = fakeServer((call) => {
      if (call.path === '/api/session')
        return json(200, { user: null, csrfToken: `t${++sessionReads}` });
      return call.csrf === 't2'
        ? json(200, { ok: true })
        : json(403, { code: 'CSRF_TOKEN_INVALID', message: 'Reload.' });
    });
    await expect(api.post('/api/clients/x/archive')).resolves.toEqual({ ok: true });
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.csrf)).toEqual([
      't1',
      't2',
    ]);
  });

  it('gives up after one retry when the token is still refused', async () => {
    const { api, calls } = fakeServer((call) =>
      call.path === '/api/session'
        ? json(200, { user: null, csrfToken: 't' })
        : json(403, { code: 'CSRF_TOKEN_INVALID', message: 'Reload.' }),
    );
    await expect(api.post('/api/auth/sign-out')).rejects.toMatchObject({
      code: 'CSRF_TOKEN_INVALID',
    });
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2);
  });

  it('reports an expired session and still rejects with the error', async () => {
    const { api, ended } = fakeServer(() =>
      json(401, { code: 'SESSION_EXPIRED', message: 'You were signed out.' }),
    );
    await expect(api.get('/api/clients?status=active')).rejects.toMatchObject({
      code: 'SESSION_EXPIRED',
      status: 401,
    });
    expect(ended).toEqual(['SESSION_EXPIRED']);
  });

  it('does not treat wrong credentials as an ended session', async () => {
    const { api, ended } = fakeServer((call) =>
      call.path === '/api/session'
        ? json(200, { user: null, csrfToken: 't' })
        : json(401, { code: 'INVALID_CREDENTIALS', message: 'Not correct.' }),
    );
    await expect(api.post('/api/auth/sign-in', {})).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(ended).toEqual([]);
  });

  it('passes on how long a RATE_LIMITED answer asks to wait', async () => {
    const { api } = fakeServer((call) =>
      call.path === '/api/session'
        ? json(200, { user: null, csrfToken: 't' })
        : new Response(JSON.stringify({ code: 'RATE_LIMITED', message: 'Too many attempts.' }), {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '600' },
          }),
    );
    await expect(api.post('/api/invitations/accept', {})).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 600,
    });
  });

  it('marks requests made while the person is active, and only those', async () => {
    let active = true;
    const { api, calls } = fakeServer(
      (call) =>
        call.path === '/api/session'
          ? json(200, { user: null, csrfToken: 't' })
          : json(200, { clients: [] }),
      () => active,
    );
    await api.get('/api/clients?status=active');
    active = false;
    // A background refresh long after the last input: the session is not kept alive by it.
    await api.get('/api/clients?status=active');
    await api.post('/api/auth/sign-out');
    expect(calls.map((call) => `${call.method} ${call.path} ${call.activity ?? '-'}`)).toEqual([
      'GET /api/clients?status=active 1',
      'GET /api/clients?status=active -',
      'GET /api/session -',
      'POST /api/auth/sign-out -',
    ]);
  });

  it('sends no activity header when nobody tracks activity', async () => {
    const { api, calls } = fakeServer(() => json(200, { user: null, csrfToken: 't' }));
    await api.get('/api/session');
    expect(calls[0]?.activity).toBeNull();
  });

  it('builds typed calls from the route, its parameters and body', async () => {
    const { api, calls } = fakeServer((call) =>
      call.path === '/api/session'
        ? json(200, { user: null, csrfToken: 't' })
        : json(200, { clients: [] }),
    );
    await api.GET('/api/clients', { query: { status: 'archived' } });
    await api.POST('/api/clients/{id}/archive', { path: { id: 'c/1' } });
    await api.POST('/api/auth/sign-in', { body: { email: 'a@example.org', password: 'pw' } });
    expect(calls.map((call) => `${call.method} ${call.path} ${JSON.stringify(call.body)}`)).toEqual(
      [
        'GET /api/clients?status=archived undefined',
        'GET /api/session undefined',
        // A write without fields still sends an (empty) JSON object, as the strict schemas expect.
        'POST /api/clients/c%2F1/archive {}',
        'POST /api/auth/sign-in {"email":"a@example.org","password":"pw"}',
      ],
    );
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.csrf)).toEqual([
      't',
      't',
    ]);
  });

  it('sends untyped PATCH writes with the CSRF token', async () => {
    const { api, calls } = fakeServer((call) =>
      call.path === '/api/session'
        ? json(200, { user: null, csrfToken: 't' })
        : json(200, { assignment: { id: 'a1' } }),
    );
    await expect(
      api.patch<{ assignment: { id: string } }>('/api/assignments/a1', { paused: true }),
    ).resolves.toEqual({ assignment: { id: 'a1' } });
    expect(calls.at(-1)).toMatchObject({ method: 'PATCH', csrf: 't', body: { paused: true } });
  });

  it('turns a failed connection into NETWORK_ERROR', async () => {
    const api = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      onSessionEnded: () => undefined,
    });
    const error: unknown = await api.get('/api/session').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});
