import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';

export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export interface Insight {
  factor:
    | { kind: 'tag'; tagKind: string; label: string }
    | { kind: 'skill'; skillKey: string; label: string }
    | { kind: 'sleep' };
  estimate: Estimate;
  direction: 'higher' | 'lower' | 'unclear';
  daysWith: number;
  daysWithout: number;
  explanation: string;
}

export interface SharedInsight {
  id: string;
  factorId: string;
  createdAt: string;
  visibility: 'private' | 'shared';
  insight: Insight;
}

export interface InsightsAnswer {
  insights: (Insight & { id: string })[];
  daysWithCheckIns: number;
  shared: SharedInsight[];
}

const insightsKey = ['my-insights'] as const;

/** Read ahead by the page's route (app/route-preloads.ts) while its code downloads. */
export function myInsightsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: insightsKey,
    queryFn: () => api.get<InsightsAnswer>('/api/me/insights'),
  });
}

export function useMyInsights() {
  return useQuery(myInsightsQueryOptions(useApi()));
}

/** Shows one insight to the care team (a snapshot); the id is made when the client asks. */
export function useShareInsight() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (factorId: string) =>
      api.post<{ shared: SharedInsight }>('/api/me/insights/shares', {
        id: crypto.randomUUID(),
        factorId,
      }),
    onSuccess: () => queries.invalidateQueries({ queryKey: insightsKey }),
  });
}

export function useStopSharing() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.put<{ shared: SharedInsight }>(`/api/me/insights/shares/${id}/visibility`, {
        visibility: 'private',
      }),
    onSuccess: () => queries.invalidateQueries({ queryKey: insightsKey }),
  });
}
