import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

/** The practice's "not on track" rule per measure: default, sources, the practice's own, in force. */
export type NotOnTrackRuleView = ApiAnswer<
  'get',
  '/api/practice/not-on-track-rules'
>['rules'][number];
export type NotOnTrackRule = NotOnTrackRuleView['inForce'];
export type NotOnTrackRuleChange = ApiBody<'put', '/api/admin/not-on-track-rules/{instrumentId}'>;

export const notOnTrackRulesKey = ['practice', 'not-on-track-rules'] as const;

/** Every staff member reads it: a therapist sees how a flag is decided. */
export function useNotOnTrackRules(options: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: notOnTrackRulesKey,
    queryFn: () => api.GET('/api/practice/not-on-track-rules'),
    enabled: options.enabled ?? true,
  });
}

/** The admin saves a measure's rule, or with `rule: null` goes back to the default. */
export function useSaveNotOnTrackRule(instrumentId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotOnTrackRuleChange) =>
      api.PUT('/api/admin/not-on-track-rules/{instrumentId}', { path: { instrumentId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notOnTrackRulesKey }),
  });
}
