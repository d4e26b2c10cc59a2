import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';

export type SkillsSummary = ApiAnswer<'get', '/api/me/skills/summary'>;

export const mySkillsSummaryKey = ['my-skills-summary'] as const;

/** Read ahead by the page's route (app/route-preloads.ts) while its code downloads. */
export function mySkillsSummaryQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: mySkillsSummaryKey,
    queryFn: () => api.GET('/api/me/skills/summary', {}),
  });
}

export function useMySkillsSummary() {
  return useQuery(mySkillsSummaryQueryOptions(useApi()));
}

/** For the care team: from the practices the client shared only. */
export function useClientSkillsSummary(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['client-skills-summary', clientId],
    queryFn: () => api.GET('/api/clients/{id}/skills/summary', { path: { id: clientId } }),
  });
}
