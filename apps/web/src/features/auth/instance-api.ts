import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../shared/api/api-client.ts';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer } from '../../shared/api/api-paths.ts';

/**
 * What anyone may know about this Tandem before signing in (GET /api/instance):
 * `demo` lists the demo practice's accounts while this Tandem has one (null
 * otherwise); `passwordReset` is 'operator' when there is no mail server, so
 * resets are made on the server and never e-mailed.
 */
export type InstanceInfo = ApiAnswer<'get', '/api/instance'>;
export type DemoAccount = NonNullable<InstanceInfo['demo']>['accounts'][number];

/** Shared by the pages and the read that starts with their code download (app/route-preloads.ts). */
export function instanceQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['instance'],
    queryFn: () => api.GET('/api/instance'),
    // Fixed while the server runs.
    staleTime: Infinity,
  });
}

export function useInstance() {
  return useQuery(instanceQueryOptions(useApi()));
}
