import { QueryClient } from '@tanstack/react-query';
import { createApiClient } from '../shared/api/api-client.ts';
import type { ApiClient } from '../shared/api/api-client.ts';
import { shouldRetryQuery } from '../shared/api/retry-policy.ts';
import { createActivityTracker } from '../shared/api/user-activity.ts';
import { endLocalSession, sessionQueryKey } from '../features/auth/session-queries.ts';
import type { LocalSession } from '../features/auth/session-queries.ts';
import { createAppRouter } from './router.tsx';
import type { AppRouter } from './router.tsx';

export interface TandemApp {
  api: ApiClient;
  queryClient: QueryClient;
  router: AppRouter;
}

/** Wires the app's long-lived parts once: server-state cache, API client, router. */
export function createTandemApp(): TandemApp {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });

  // Created with the app, so loading the page counts as the person's activity.
  const activity = createActivityTracker({ target: window });
  const api = createApiClient({
    fetch: (input, init) => globalThis.fetch(input, init),
    isUserActive: activity.isRecent,
    // Idle timeout, or signed out on another device: forget everything from the
    // ended session. The area guard then shows sign-in with a calm notice;
    // public pages (an invitation, a password reset) stay where they are.
    onSessionEnded: (code) => {
      const session = queryClient.getQueryData<LocalSession>(sessionQueryKey);
      if (session?.user == null) return;
      endLocalSession(
        queryClient,
        code === 'SESSION_EXPIRED' ? 'session-expired' : 'session-ended',
      );
    },
  });

  return { api, queryClient, router: createAppRouter({ api, queryClient }) };
}
