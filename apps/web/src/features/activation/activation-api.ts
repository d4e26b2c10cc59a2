import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiRequest } from '../../shared/api/api-paths.ts';

export type ActivityList = ApiAnswer<'get', '/api/me/activities'>;
export type Activity = ActivityList['activities'][number];
export type ActivityMood = ApiAnswer<'get', '/api/me/activities/mood'>;
export type NewActivity = NonNullable<ApiRequest<'post', '/api/me/activities'>['body']>;
export type ActivityOutcome = NonNullable<
  ApiRequest<'put', '/api/me/activities/{id}/outcome'>['body']
>;
export type Visibility = Activity['visibility'];

export const myActivitiesKey = ['my-activities'] as const;

/** Read ahead by the page's route (app/route-preloads.ts) while its code downloads. */
export function myActivitiesQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: myActivitiesKey,
    queryFn: () => api.GET('/api/me/activities', {}),
  });
}

export function useMyActivities() {
  return useQuery(myActivitiesQueryOptions(useApi()));
}

export function useActivityMood() {
  const api = useApi();
  return useQuery({
    queryKey: [...myActivitiesKey, 'mood'],
    queryFn: () => api.GET('/api/me/activities/mood', {}),
  });
}

/** Saying how it went; the same answer sent again changes nothing. */
export function useRateActivity() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: string; outcome: ActivityOutcome }) =>
      api.PUT('/api/me/activities/{id}/outcome', { path: { id }, body: outcome }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myActivitiesKey }),
  });
}

export function useSetActivityVisibility() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, visibility }: { id: string; visibility: Visibility }) =>
      api.PUT('/api/me/activities/{id}/visibility', { path: { id }, body: { visibility } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myActivitiesKey }),
  });
}
