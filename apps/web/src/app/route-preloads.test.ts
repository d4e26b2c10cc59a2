import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../shared/api/api-client.ts';
import { shouldRetryQuery } from '../shared/api/retry-policy.ts';
import {
  clientHomePreload,
  clientListPreload,
  crisisResourcesPreload,
  preloading,
  sessionPreload,
} from './route-preloads.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function user(role: string, consentRequired = false) {
  return {
    id: 'u1',
    email: 'a@example.org',
    displayName: 'A',
    role,
    practiceId: 'p1',
    practiceName: 'P',
    consentRequired,
    demo: false,
    practices: [],
  };
}

/** The real API client and query cache, over a stand-in server that records each request. */
function setUp(answer: (path: string) => Response) {
  const requested: string[] = [];
  const api = createApiClient({
    fetch: (input) => {
      const path =
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      requested.push(path);
      return Promise.resolve(answer(path));
    },
    onSessionEnded: () => undefined,
  });
  // The app's retry policy: a preload must still try only once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: shouldRetryQuery } } });
  return { deps: { api, queryClient }, requested };
}

describe('route preloads', () => {
  it("fill the cache the screens read, with one request for the client's session", async () => {
    const { deps, requested } = setUp((path) => {
      if (path === '/api/session') return json(200, { user: user('client'), csrfToken: 't' });
      if (path === '/api/me/measures/todo') return json(200, { todo: [] });
      if (path === '/api/me/care-team') return json(200, { therapists: [] });
      if (path === '/api/me/homework') return json(200, { homework: [], today: '2026-12-05' });
      if (path === '/api/me/groups') return json(200, { groups: [] });
      return json(200, { resources: [] });
    });
    // As React Router runs them: the root route's loader and the page's together.
    const [root, page] = await Promise.all([
      preloading(deps, sessionPreload, crisisResourcesPreload)(),
      preloading(deps, clientHomePreload)(),
    ]);
    expect([root, page]).toEqual([null, null]);
    expect([...requested].sort()).toEqual([
      '/api/crisis-resources',
      '/api/me/care-team',
      '/api/me/groups',
      '/api/me/homework',
      '/api/me/measures/todo',
      '/api/session',
    ]);
    expect(deps.queryClient.getQueryData(['me', 'measures', 'todo'])).toEqual({ todo: [] });
    expect(deps.queryClient.getQueryData(['care-team'])).toEqual({ therapists: [] });
    expect(deps.queryClient.getQueryData(['me', 'homework'])).toEqual({
      homework: [],
      today: '2026-12-05',
    });
    expect(deps.queryClient.getQueryData(['my-groups'])).toEqual({ groups: [] });
  });

  it("fill a client page's own list with the options its screen reads", async () => {
    const { deps, requested } = setUp((path) => {
      if (path === '/api/session') return json(200, { user: user('client'), csrfToken: 't' });
      return json(200, { goals: [] });
    });
    const goals = clientListPreload(
      async () => (await import('../features/goals/goals-api.ts')).myGoalsQueryOptions,
    );
    await preloading(deps, sessionPreload, goals)();
    expect([...requested].sort()).toEqual(['/api/me/goals', '/api/session']);
    expect(deps.queryClient.getQueryData(['my-goals'])).toEqual({ goals: [] });

    const other = setUp(() => json(200, { user: user('therapist'), csrfToken: 't' }));
    await preloading(other.deps, sessionPreload, goals)();
    expect(other.requested).toEqual(['/api/session']);
  });

  it("asks nothing of a client's area for anyone else, who would only be refused", async () => {
    for (const session of [
      { user: user('therapist'), csrfToken: 't' },
      { user: user('client', true), csrfToken: 't' },
      { user: null, csrfToken: 't' },
    ]) {
      const { deps, requested } = setUp(() => json(200, session));
      await preloading(deps, sessionPreload)();
      await preloading(deps, clientHomePreload)();
      expect(requested, JSON.stringify(session.user)).toEqual(['/api/session']);
    }
  });

  it('never throws and never retries: the screen shows a failure and tries again itself', async () => {
    const { deps, requested } = setUp(() =>
      json(503, { code: 'SERVICE_UNAVAILABLE', message: 'x' }),
    );
    await expect(preloading(deps, sessionPreload, crisisResourcesPreload)()).resolves.toBeNull();
    expect([...requested].sort()).toEqual(['/api/crisis-resources', '/api/session']);
    expect(deps.queryClient.getQueryState(['session'])?.status).toBe('error');
  });
});
