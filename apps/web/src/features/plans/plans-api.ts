import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import { outboxOwner } from '../../shared/offline/outbox-rules.ts';
import { readThroughDevice } from '../../shared/offline/saved-copies.ts';
import type { ReadThrough } from '../../shared/offline/saved-copies.ts';
import type {
  Plan,
  PlanAnswer,
  PlanContent,
  PlanKind,
  PlanPaths,
  PlanVersion,
} from './plan-types.ts';

/** The device copy of one person's plan (see shared/offline): theirs only, in this practice. */
export function planDeviceKey(kind: PlanKind, user: { id: string; practiceId: string }): string {
  return `plan:${kind}@${outboxOwner(user)}`;
}

/** The client's own plans. */
export function myPlanPaths(kind: PlanKind): PlanPaths {
  const base = `/api/me/plans/${kind}`;
  return { get: base, put: base, versions: `${base}/versions` };
}

/** A client's plans as their care team sees them (for the therapist's client page). */
export function clientPlanPaths(clientId: string, kind: PlanKind): PlanPaths {
  const base = `/api/clients/${encodeURIComponent(clientId)}/plans/${kind}`;
  return { get: base, put: base, versions: `${base}/versions` };
}

const planKey = (paths: PlanPaths) => ['plans', paths.get] as const;

/**
 * A plan and its sections. With `deviceKey` (the client's own safety plan) a
 * copy is kept on the device at every read and shown when the server cannot
 * be reached; the answer says which it is.
 */
export function planQueryOptions(api: ApiClient, paths: PlanPaths, deviceKey: string | null) {
  return queryOptions({
    queryKey: planKey(paths),
    queryFn: (): Promise<ReadThrough<PlanAnswer>> => {
      const read = () => api.get<PlanAnswer>(paths.get);
      return deviceKey === null
        ? read().then((value) => ({ value, from: 'server' as const }))
        : readThroughDevice(deviceKey, read);
    },
    // An offline copy is replaced by the server's as soon as it answers again.
    refetchOnReconnect: 'always',
  });
}

export function usePlan(paths: PlanPaths, deviceKey: string | null) {
  return useQuery(planQueryOptions(useApi(), paths, deviceKey));
}

export function usePlanVersions(paths: PlanPaths, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', paths.versions, 'versions'],
    queryFn: () => api.get<{ versions: PlanVersion[] }>(paths.versions),
    enabled,
  });
}

export interface SavePlanInput {
  baseVersion: number;
  content: PlanContent;
}

/** Saves a new version; a 412 PLAN_VERSION_STALE rejects as an ApiError for the editor to handle. */
export function useSavePlan(paths: PlanPaths) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePlanInput) => api.put<{ plan: Plan }>(paths.put, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['plans', paths.versions, 'versions'] });
      // Read again (and so refresh the device copy) rather than guess the sections.
      return queryClient.invalidateQueries({ queryKey: planKey(paths) });
    },
  });
}

/** Reads the plan from the server now (after a 412: the version someone else saved). */
export function useFetchCurrentPlan(paths: PlanPaths, deviceKey: string | null) {
  const api = useApi();
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...planQueryOptions(api, paths, deviceKey), staleTime: 0 });
}
