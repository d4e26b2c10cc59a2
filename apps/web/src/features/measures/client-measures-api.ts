import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import { parseQuestionnaire } from '../questionnaire/questionnaire-model.ts';
import type { SubmitAnswers } from './measure-types.ts';
import { isPracticeInstrument } from './practice-response.ts';

const myMeasuresKey = ['me', 'measures'] as const;
const todoKey = [...myMeasuresKey, 'todo'] as const;

/** The client's open measures, soonest closing first; also read ahead by app/route-preloads.ts. */
export function todoQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: todoKey,
    queryFn: () => api.GET('/api/me/measures/todo'),
  });
}

export function useTodo() {
  return useQuery(todoQueryOptions(useApi()));
}

/** A measure's form, read into the renderer's model (the definition rarely changes). */
export function useQuestionnaire(instrumentId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['questionnaire', instrumentId],
    queryFn: async () =>
      parseQuestionnaire(
        await api.GET('/api/instruments/{id}/questionnaire', {
          path: { id: instrumentId ?? '' },
        }),
      ),
    enabled: instrumentId !== undefined,
    staleTime: 60 * 60_000,
  });
}

/**
 * The Questionnaire JSON itself, for a practice instrument only: its answers
 * are sent as QuestionnaireResponse items nested as its groups are.
 */
export function usePracticeQuestionnaireSource(instrumentId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['questionnaire-source', instrumentId],
    queryFn: (): Promise<unknown> =>
      api.GET('/api/instruments/{id}/questionnaire', { path: { id: instrumentId ?? '' } }),
    enabled: instrumentId !== undefined && isPracticeInstrument(instrumentId),
    staleTime: 60 * 60_000,
  });
}

export function useSaveDraft(occasionId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: (answers: Record<string, number | boolean | string | null>) =>
      api.PUT('/api/me/measures/occasions/{id}/draft', {
        path: { id: occasionId },
        body: { answers },
      }),
  });
}

export function useSubmitAnswers() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitAnswers) => api.POST('/api/me/measures/responses', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myMeasuresKey }),
  });
}

/**
 * The client's own scores over time (measures hidden from them are left out by
 * the server); also read ahead by app/route-preloads.ts.
 */
export function myMeasuresQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: [...myMeasuresKey, 'progress'],
    queryFn: () => api.GET('/api/me/measures'),
  });
}

export function useMyMeasures() {
  return useQuery(myMeasuresQueryOptions(useApi()));
}
