import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiBody } from '../../shared/api/api-paths.ts';
import { clearPersonalDeviceData } from '../../shared/offline/clear-device.ts';
import { useEndLocalSession, useStartLocalSession } from './session-queries.ts';

export function useSignIn() {
  const api = useApi();
  const startLocalSession = useStartLocalSession();
  return useMutation({
    mutationFn: (credentials: ApiBody<'post', '/api/auth/sign-in'>) =>
      api.POST('/api/auth/sign-in', { body: credentials }),
    onSuccess: startLocalSession,
  });
}

/**
 * Moves this browser's session to another practice of the person: the server
 * ends the current session and answers with the new one (new cookie, new CSRF
 * token), which replaces everything cached from the practice left.
 */
export function useSwitchPractice() {
  const api = useApi();
  const startLocalSession = useStartLocalSession();
  return useMutation({
    mutationFn: (practiceId: string) =>
      api.POST('/api/auth/switch-practice', { body: { practiceId } }),
    onSuccess: startLocalSession,
  });
}

/**
 * Signs out this browser, or (`everywhere`) every session of this person. The
 * area guard then shows sign-in, with a notice saying what happened.
 */
export function useSignOut(scope: 'here' | 'everywhere') {
  const api = useApi();
  const endLocalSession = useEndLocalSession();
  return useMutation({
    mutationFn: () =>
      scope === 'here' ? api.POST('/api/auth/sign-out') : api.POST('/api/auth/sign-out-everywhere'),
    // Nothing personal stays on this device: offline copies, unsent entries, cached answers.
    onSuccess: async ({ csrfToken }) => {
      await clearPersonalDeviceData();
      endLocalSession(scope === 'here' ? 'signed-out' : 'signed-out-everywhere', csrfToken);
    },
  });
}

export function useRequestPasswordReset() {
  const api = useApi();
  return useMutation({
    mutationFn: (body: ApiBody<'post', '/api/auth/password-reset/request'>) =>
      api.POST('/api/auth/password-reset/request', { body }),
  });
}

export function useCompletePasswordReset() {
  const api = useApi();
  return useMutation({
    mutationFn: (body: ApiBody<'post', '/api/auth/password-reset/complete'>) =>
      api.POST('/api/auth/password-reset/complete', { body }),
  });
}
