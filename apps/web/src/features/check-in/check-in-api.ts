import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { outboxOwner } from '../../shared/offline/outbox-rules.ts';
import { readThroughDevice } from '../../shared/offline/saved-copies.ts';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';

export type CheckIn = ApiAnswer<'get', '/api/me/check-ins'>['checkIns'][number];
export type CheckInOptions = ApiAnswer<'get', '/api/me/check-in-options'>;
export type Visibility = CheckIn['visibility'];

export const myCheckInsKey = ['my-check-ins'] as const;

/**
 * The emotion list and tag suggestions, kept on the device (keyed by the person:
 * the suggestions include their own tags) so a check-in can be made offline.
 */
export function checkInOptionsQueryOptions(
  api: ApiClient,
  user: { id: string; practiceId: string },
) {
  return queryOptions({
    queryKey: ['check-in-options'],
    queryFn: async () =>
      (
        await readThroughDevice(`check-in-options@${outboxOwner(user)}`, () =>
          api.GET('/api/me/check-in-options', {}),
        )
      ).value,
    staleTime: 5 * 60_000,
  });
}

export function useCheckInOptions() {
  return useQuery(checkInOptionsQueryOptions(useApi(), useSignedInUser()));
}

/** Read ahead, with the options, by the check-in page's route (app/route-preloads.ts). */
export function myCheckInsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: myCheckInsKey,
    queryFn: () => api.GET('/api/me/check-ins', {}),
  });
}

export function useMyCheckIns() {
  return useQuery(myCheckInsQueryOptions(useApi()));
}

export function useSetCheckInVisibility() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ id, visibility }: { id: string; visibility: Visibility }) =>
      api.PUT('/api/me/check-ins/{id}/visibility', { path: { id }, body: { visibility } }),
    onSuccess: () => queries.invalidateQueries({ queryKey: myCheckInsKey }),
  });
}
