import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi } from '../../shared/api/api-context.ts';
import type { SignedIn } from '../../shared/session/session-types.ts';
import { useEndLocalSession, useStartLocalSession } from './session-queries.ts';
import { signInState } from './sign-in-notice.ts';

export function useSignIn() {
  const api = useApi();
  const startLocalSession = useStartLocalSession();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api.post<SignedIn>('/api/auth/sign-in', credentials),
    onSuccess: startLocalSession,
  });
}

/** Signs out this browser, or (`everywhere`) every session of this person. */
export function useSignOut(scope: 'here' | 'everywhere') {
  const api = useApi();
  const endLocalSession = useEndLocalSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () =>
      api.post<{ csrfToken: string }>(
        scope === 'here' ? '/api/auth/sign-out' : '/api/auth/sign-out-everywhere',
      ),
    onSuccess: async ({ csrfToken }) => {
      endLocalSession(csrfToken);
      const notice = scope === 'here' ? 'signed-out' : 'signed-out-everywhere';
      await navigate('/sign-in', { replace: true, state: signInState(notice) });
    },
  });
}

export function useRequestPasswordReset() {
  const api = useApi();
  return useMutation({
    mutationFn: (body: { email: string }) => api.post('/api/auth/password-reset/request', body),
  });
}

export function useCompletePasswordReset() {
  const api = useApi();
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      api.post('/api/auth/password-reset/complete', body),
  });
}
