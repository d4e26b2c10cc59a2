import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { isUnreachable } from '../../shared/offline/saved-copies.ts';
import { keepSessionCopy, sessionCopy } from '../../shared/offline/session-copy.ts';
import type { MailDelivery, SessionState, SignedIn } from '../../shared/session/session-types.ts';
import type { SignInNotice } from './sign-in-notice.ts';

/**
 * The session as this tab knows it. `endedBecause` never comes from the
 * server: it is set here when a session ends, so whichever guard sends the
 * person to sign-in can say why.
 */
export interface LocalSession extends SessionState {
  endedBecause?: SignInNotice;
}

export const sessionQueryKey = ['session'] as const;

/** Session data for "nobody signed in"; the API client fetches a fresh CSRF token when needed. */
export const signedOut: LocalSession = { user: null, csrfToken: '' };

/**
 * A fresh answer from the server, read against what this tab knew before: when a
 * person who was signed in is no longer (idle timeout, signed out on another
 * device), the sign-in page says so instead of appearing without a word.
 */
export function withEndedNotice(
  previous: LocalSession | undefined,
  fresh: SessionState,
): LocalSession {
  return fresh.user === null && previous?.user != null
    ? { ...fresh, endedBecause: 'session-ended' }
    : fresh;
}

function throwError(error: unknown): never {
  throw error;
}

/** The session query, shared by `useSession` and the read before the first page (app/route-preloads.ts). */
export function sessionQueryOptions(api: ApiClient, queryClient: QueryClient) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async (): Promise<LocalSession> => {
      let fresh: SessionState;
      try {
        fresh = await api.GET('/api/session');
        void keepSessionCopy(fresh);
      } catch (error) {
        // "Not signed in (any more)" is an answer, not a failure to show.
        if (isApiError(error) && error.status === 401) fresh = signedOut;
        // Offline: the client's area still opens, from the copy on this device (shared/offline).
        else if (isUnreachable(error)) fresh = (await sessionCopy()) ?? throwError(error);
        else throw error;
      }
      return withEndedNotice(queryClient.getQueryData<LocalSession>(sessionQueryKey), fresh);
    },
    staleTime: 5 * 60_000,
  });
}

/** Who is signed in (or nobody), and the CSRF token for writes. */
export function useSession() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery(sessionQueryOptions(api, queryClient));
}

/**
 * Drops every cached answer except the session itself. The session query is
 * kept and overwritten in place: removing it would leave mounted components
 * (the header, the area guard) watching a query that is no longer in the cache.
 */
function forgetEverythingButSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

/**
 * Starts a fresh local session (after signing in, accepting an invitation or
 * switching practice): nothing cached for whoever used this browser before, or
 * from the practice left, stays. The session is then read again in the
 * background for what those answers do not carry (how mail is delivered); a
 * read still under way from before is cancelled, so it cannot bring back the
 * old session.
 */
export function startLocalSession(queryClient: QueryClient, signedIn: SignedIn): void {
  forgetEverythingButSession(queryClient);
  queryClient.setQueryData<LocalSession>(sessionQueryKey, signedIn);
  void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

/**
 * Forgets the signed-in user and every cached answer that belonged to them.
 * The area guard then sends the person to sign-in with the notice `reason`.
 */
export function endLocalSession(
  queryClient: QueryClient,
  reason: SignInNotice,
  csrfToken = '',
): void {
  forgetEverythingButSession(queryClient);
  queryClient.setQueryData<LocalSession>(sessionQueryKey, {
    user: null,
    csrfToken,
    endedBecause: reason,
  });
}

/**
 * Whether invitation links leave this server by e-mail or wait in the admin's
 * outbox; null while not known, so that no confirmation claims an e-mail.
 */
export function useMailDelivery(): MailDelivery | null {
  return useSession().data?.mailDelivery ?? null;
}

export function useStartLocalSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (signedIn: SignedIn) => startLocalSession(queryClient, signedIn),
    [queryClient],
  );
}

export function useEndLocalSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (reason: SignInNotice, csrfToken: string) => endLocalSession(queryClient, reason, csrfToken),
    [queryClient],
  );
}
