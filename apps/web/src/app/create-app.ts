import { QueryClient } from '@tanstack/react-query';
import { createApiClient } from '../shared/api/api-client.ts';
import type { ApiClient } from '../shared/api/api-client.ts';
import { shouldRetryQuery } from '../shared/api/retry-policy.ts';
import type { SessionState } from '../shared/session/session-types.ts';
import { sessionQueryKey, signedOut } from '../features/auth/session-queries.ts';
import { signInState } from '../features/auth/sign-in-notice.ts';
import { isPublicPath } from './public-paths.ts';
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

  const api = createApiClient({
    fetch: (input, init) => globalThis.fetch(input, init),
    onSessionEnded: (code) => {
      const wasSignedIn = queryClient.getQueryData<SessionState>(sessionQueryKey)?.user != null;
      // Nothing from the ended session stays in memory.
      queryClient.removeQueries();
      queryClient.setQueryData<SessionState>(sessionQueryKey, signedOut);
      const { pathname } = router.state.location;
      if (wasSignedIn || !isPublicPath(pathname)) {
        void router.navigate('/sign-in', {
          replace: true,
          state: signInState(code === 'SESSION_EXPIRED' ? 'session-expired' : 'session-ended'),
        });
      }
    },
  });

  const router = createAppRouter();
  return { api, queryClient, router };
}
