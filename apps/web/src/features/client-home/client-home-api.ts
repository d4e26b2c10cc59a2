import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import { readThroughDevice } from '../../shared/offline/saved-copies.ts';

export interface CrisisResource {
  name: string;
  /** As people write it, with notes: "988, then press 1". */
  phone?: string | null;
  /** A text-message line: a number, sometimes with a keyword. */
  text?: string | null;
  /** A chat or information page. */
  url?: string | null;
  description: string;
}

export interface CrisisResources {
  countryName?: string;
  /** The emergency number of the practice's country, e.g. "112". */
  emergency?: string;
  /** Whether the lines were checked against their sources. */
  verified?: boolean;
  resources: CrisisResource[];
}

export interface CareTeamMember {
  id: string;
  displayName: string;
}

/** Shared by the panel and the read before the first page (app/route-preloads.ts). */
export function crisisResourcesQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['crisis-resources'],
    // Kept on the device too, so the help lines show offline (shared/offline).
    queryFn: async () =>
      (
        await readThroughDevice('crisis-resources', () =>
          api.get<CrisisResources>('/api/crisis-resources'),
        )
      ).value,
    // Static for a practice; keep it around so the panel shows at once on every page.
    staleTime: 60 * 60_000,
    gcTime: Infinity,
  });
}

export function useCrisisResources() {
  return useQuery(crisisResourcesQueryOptions(useApi()));
}

/** Also read ahead by app/route-preloads.ts. */
export function careTeamQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['care-team'],
    queryFn: () => api.get<{ therapists: CareTeamMember[] }>('/api/me/care-team'),
  });
}

export function useCareTeam() {
  return useQuery(careTeamQueryOptions(useApi()));
}
