import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';

export type JournalEntry = ApiAnswer<'get', '/api/me/journal'>['entries'][number];

export const myJournalKey = ['my-journal'] as const;

export function useMyJournal() {
  const api = useApi();
  return useQuery({ queryKey: myJournalKey, queryFn: () => api.GET('/api/me/journal', {}) });
}
