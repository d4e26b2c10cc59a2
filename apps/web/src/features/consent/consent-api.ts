import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keepSessionCopy } from '../../shared/offline/session-copy.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { SessionState } from '../../shared/session/session-types.ts';
import { sessionQueryKey } from '../auth/session-queries.ts';

export interface ConsentDocument {
  version: number;
  text: string;
}

export interface ClientConsent extends ConsentDocument {
  acceptedVersion: number | null;
}

const consentQueryKey = ['consent'] as const;

export function useClientConsent() {
  const api = useApi();
  return useQuery({
    queryKey: consentQueryKey,
    queryFn: () => api.get<ClientConsent>('/api/consent'),
  });
}

/** Records acceptance; the session then no longer asks for it. */
export function useAcceptConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post('/api/consent/accept', { version }),
    onSuccess: () => {
      const session = queryClient.setQueryData<SessionState>(sessionQueryKey, (current) =>
        current?.user ? { ...current, user: { ...current.user, consentRequired: false } } : current,
      );
      // The client may go offline next: keep the session on the device now, as a read would.
      if (session) void keepSessionCopy(session);
      return queryClient.invalidateQueries({ queryKey: consentQueryKey });
    },
  });
}

export function useRefreshConsent() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: consentQueryKey });
}
