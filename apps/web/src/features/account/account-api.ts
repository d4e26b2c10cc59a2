import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';

/** Changing the password also signs out this person's other sessions (server side). */
export function useChangePassword() {
  const api = useApi();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post('/api/auth/change-password', body),
  });
}
