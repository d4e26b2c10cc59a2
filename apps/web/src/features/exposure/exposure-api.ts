import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

export type Hierarchy = ApiAnswer<'get', '/api/me/exposure/hierarchies'>['hierarchies'][number];
export type HierarchyStep = Hierarchy['steps'][number];
export type HierarchySave = ApiBody<'put', '/api/me/exposure/hierarchies/{hierarchyId}'>;
export type ExposurePractice = ApiAnswer<'get', '/api/me/exposure/practices'>['practices'][number];
export type NewExposurePractice = ApiBody<'post', '/api/me/exposure/practices'>;

export const myHierarchiesKey = ['my-exposure-hierarchies'] as const;
export const myExposurePracticesKey = ['my-exposure-practices'] as const;

export function useMyHierarchies() {
  const api = useApi();
  return useQuery({
    queryKey: myHierarchiesKey,
    queryFn: () => api.GET('/api/me/exposure/hierarchies', {}),
  });
}

export function useMyExposurePractices() {
  const api = useApi();
  return useQuery({
    queryKey: myExposurePracticesKey,
    queryFn: () => api.GET('/api/me/exposure/practices', {}),
  });
}

export const clientHierarchiesKey = (clientId: string) =>
  ['client-exposure-hierarchies', clientId] as const;

/** The care team's view: the hierarchies, and only the practices the client shared. */
export function useClientHierarchies(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: clientHierarchiesKey(clientId),
    queryFn: () => api.GET('/api/clients/{id}/exposure/hierarchies', { path: { id: clientId } }),
  });
}

export function useClientExposurePractices(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['client-exposure-practices', clientId],
    queryFn: () => api.GET('/api/clients/{id}/exposure/practices', { path: { id: clientId } }),
  });
}

export function useRefreshMyExposure() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: myHierarchiesKey }),
      queryClient.invalidateQueries({ queryKey: myExposurePracticesKey }),
    ]);
}

/** The hierarchy as a save body, with a change to one part of it. */
export function saveOf(hierarchy: Hierarchy, change: Partial<HierarchySave> = {}): HierarchySave {
  return {
    baseVersion: hierarchy.version,
    name: hierarchy.name,
    steps: hierarchy.steps,
    retired: hierarchy.retired,
    ...change,
  };
}
