import { useMutation, useQuery } from '@tanstack/react-query';
import type { Role } from '@tandem/core';
import { useApi } from '../../shared/api/api-context.ts';
import type { SignedIn } from '../../shared/session/session-types.ts';
import type { ConsentDocument } from '../consent/consent-api.ts';
import { useStartLocalSession } from '../auth/session-queries.ts';
import type { AccountChoice } from './invitation-choice.ts';

export interface InvitationDetails {
  email: string;
  displayName: string;
  role: Role;
  practiceName: string;
  /** Only for clients: the text they accept together with their password. */
  consent: ConsentDocument | null;
}

export interface AcceptInvitation {
  token: string;
  /** What the person says; the server checks it against the account. */
  account: AccountChoice;
  password: string;
  acceptConsentVersion?: number;
}

/**
 * What the invitation is for. A POST, because the token must not appear in a
 * URL. No token (a link cut short): nothing to ask.
 */
export function useInvitation(token: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<InvitationDetails>('/api/invitations/inspect', { token }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  const api = useApi();
  const startLocalSession = useStartLocalSession();
  return useMutation({
    mutationFn: (body: AcceptInvitation) => api.post<SignedIn>('/api/invitations/accept', body),
    onSuccess: startLocalSession,
  });
}
