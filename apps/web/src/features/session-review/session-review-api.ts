import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

export type SessionReview = ApiAnswer<'get', '/api/clients/{id}/session-review'>;
export type NewSessionReview = ApiBody<'post', '/api/clients/{id}/session-reviews'>;

const reviewKey = (clientId: string) => ['session-review', clientId] as const;

/** The loop for a review; `since` left out: since the last session. */
export function useSessionReview(clientId: string, since: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...reviewKey(clientId), since ?? 'last-session'],
    queryFn: () =>
      api.GET('/api/clients/{id}/session-review', {
        path: { id: clientId },
        query: since === undefined ? {} : { since },
      }),
  });
}

export function useRecordSessionReview(clientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSessionReview) =>
      api.POST('/api/clients/{id}/session-reviews', { path: { id: clientId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey(clientId) }),
  });
}

export function useSaveGoalMeasures(clientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, instrumentIds }: { goalId: string; instrumentIds: string[] }) =>
      api.PUT('/api/clients/{id}/goals/{goalId}/measures', {
        path: { id: clientId, goalId },
        body: { instrumentIds },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey(clientId) }),
  });
}
