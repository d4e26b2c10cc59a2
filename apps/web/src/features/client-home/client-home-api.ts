import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';

export interface CrisisResource {
  name: string;
  phone?: string;
  text?: string;
  url?: string;
  description: string;
}

export interface CareTeamMember {
  id: string;
  displayName: string;
}

export function useCrisisResources() {
  const api = useApi();
  return useQuery({
    queryKey: ['crisis-resources'],
    queryFn: () => api.get<{ resources: CrisisResource[] }>('/api/crisis-resources'),
    // Static for a practice; keep it around so the panel shows at once on every page.
    staleTime: 60 * 60_000,
    gcTime: Infinity,
  });
}

export function useCareTeam() {
  const api = useApi();
  return useQuery({
    queryKey: ['care-team'],
    queryFn: () => api.get<{ therapists: CareTeamMember[] }>('/api/me/care-team'),
  });
}
