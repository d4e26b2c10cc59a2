import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';

/** The practice's imported Questionnaires (definitions only; retired ones too). */
export type PracticeInstrument = ApiAnswer<
  'get',
  '/api/practice-instruments'
>['instruments'][number];
export type ScoringPlan = ApiAnswer<'post', '/api/admin/practice-instruments/preview'>['plan'];

export const practiceInstrumentsKey = ['practice-instruments'] as const;

export function usePracticeInstruments() {
  const api = useApi();
  return useQuery({
    queryKey: practiceInstrumentsKey,
    queryFn: () => api.GET('/api/practice-instruments'),
  });
}

export function usePreviewPracticeInstrument() {
  const api = useApi();
  return useMutation({
    mutationFn: (questionnaire: Record<string, unknown>) =>
      api.POST('/api/admin/practice-instruments/preview', { body: { questionnaire } }),
  });
}

export function useImportPracticeInstrument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { id: string; questionnaire: Record<string, unknown> }) =>
      api.POST('/api/admin/practice-instruments', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceInstrumentsKey }),
  });
}

export function useRetirePracticeInstrument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.POST('/api/admin/practice-instruments/{id}/retire', { path: { id }, body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceInstrumentsKey }),
  });
}
