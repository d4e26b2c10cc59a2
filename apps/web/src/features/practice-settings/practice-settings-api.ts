import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';
import { instrumentsKey } from '../measures/therapist-measures-api.ts';

/** The practice's settings: nothing about any client. */
export type PracticeSettings = ApiAnswer<'get', '/api/admin/practice-settings'>;
export type PracticeSettingsChange = ApiBody<'put', '/api/admin/practice-settings'>;

const settingsKey = ['admin', 'practice-settings'] as const;

export function usePracticeSettings() {
  const api = useApi();
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.GET('/api/admin/practice-settings'),
  });
}

export function useSavePracticeSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PracticeSettingsChange) => api.PUT('/api/admin/practice-settings', { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      // Whether risk-bearing measures can be assigned depends on the fallback contact.
      return queryClient.invalidateQueries({ queryKey: instrumentsKey });
    },
  });
}

export function useAcceptLicence() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (instrumentId: string) =>
      api.POST('/api/admin/instruments/{id}/accept-licence', { path: { id: instrumentId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }),
  });
}

const gasSettingsKey = ['admin', 'goal-settings'] as const;

/** The practice's ρ for the Goal Attainment Scaling T-score, and the published default. */
export function useGasSettings() {
  const api = useApi();
  return useQuery({
    queryKey: gasSettingsKey,
    queryFn: () => api.GET('/api/admin/goal-settings'),
  });
}

export function useSaveGasSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rho: number) => api.PUT('/api/admin/goal-settings', { body: { rho } }),
    onSuccess: (saved) => queryClient.setQueryData(gasSettingsKey, saved),
  });
}
