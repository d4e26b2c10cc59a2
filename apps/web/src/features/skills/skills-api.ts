import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';

export type SkillsSummary = ApiAnswer<'get', '/api/me/skills/summary'>;

export const mySkillsSummaryKey = ['my-skills-summary'] as const;

export function useMySkillsSummary() {
  const api = useApi();
  return useQuery({
    queryKey: mySkillsSummaryKey,
    queryFn: () => api.GET('/api/me/skills/summary', {}),
  });
}

/** For the care team: from the practices the client shared only. */
export function useClientSkillsSummary(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['client-skills-summary', clientId],
    queryFn: () => api.GET('/api/clients/{id}/skills/summary', { path: { id: clientId } }),
  });
}
