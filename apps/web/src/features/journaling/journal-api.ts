import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';

export type JournalEntry = ApiAnswer<'get', '/api/me/journal'>['entries'][number];

export const myJournalKey = ['my-journal'] as const;

/** Read ahead by the journal page's route (app/route-preloads.ts) while its code downloads. */
export function myJournalQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: myJournalKey, queryFn: () => api.GET('/api/me/journal', {}) });
}

export function useMyJournal() {
  return useQuery(myJournalQueryOptions(useApi()));
}
