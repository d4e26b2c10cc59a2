import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import type { SessionState, SignedIn } from '../../shared/session/session-types.ts';

export const sessionQueryKey = ['session'] as const;

/** Session data for "nobody signed in"; the API client fetches a fresh CSRF token when needed. */
export const signedOut: SessionState = { user: null, csrfToken: '' };

/** Who is signed in (or nobody), and the CSRF token for writes. */
export function useSession() {
  const api = useApi();
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: async () => {
      try {
        return await api.get<SessionState>('/api/session');
      } catch (error) {
        // An expired session is an answer ("nobody"), not a failure to show.
        if (isApiError(error) && error.status === 401) return signedOut;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * Starts a fresh local session: drops everything cached for whoever used this
 * browser before, then remembers the new user.
 */
export function useStartLocalSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (signedIn: SignedIn) => {
      queryClient.removeQueries();
      queryClient.setQueryData<SessionState>(sessionQueryKey, signedIn);
    },
    [queryClient],
  );
}

/** Forgets the signed-in user and every cached answer that belonged to them. */
export function useEndLocalSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (csrfToken: string) => {
      queryClient.removeQueries();
      queryClient.setQueryData<SessionState>(sessionQueryKey, { user: null, csrfToken });
    },
    [queryClient],
  );
}
