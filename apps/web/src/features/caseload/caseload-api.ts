import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ApiAnswer, ApiBody, ApiRequest } from '../../shared/api/api-paths.ts';

/** A row of the caseload, as GET /api/clients answers it. */
export type ClientSummary = ApiAnswer<'get', '/api/clients'>['clients'][number];

/** Which part of the caseload to show; "active" includes clients still invited. */
export type CaseloadFilter = NonNullable<
  NonNullable<ApiRequest<'get', '/api/clients'>['query']>['status']
>;

export type InviteClient = ApiBody<'post', '/api/clients/invite'>;

const clientsKey = ['clients'] as const;
const caseloadKey = ['caseload'] as const;

type CaseloadBody = NonNullable<ApiBody<'post', '/api/caseload'>>;

/** The "needs attention" filters of the caseload. */
export type AttentionFilter = NonNullable<CaseloadBody['filter']>;

/** A caseload row (POST /api/caseload): the client, and why they may need attention. */
export type CaseloadRow = ApiAnswer<'post', '/api/caseload'>['clients'][number];

/** One measure of a caseload row: the latest score and how it changed since the baseline. */
export type CaseloadMeasure = CaseloadRow['measures'][number];

export interface CaseloadQuery {
  status: CaseloadFilter;
  filter: AttentionFilter;
  /** Name or e-mail; sent in the request body, never in the URL. */
  search: string;
}

export function useCaseload(filter: CaseloadFilter) {
  const api = useApi();
  return useQuery({
    queryKey: [...clientsKey, filter],
    // The status is not PHI, so it may sit in the query string.
    queryFn: () => api.GET('/api/clients', { query: { status: filter } }),
  });
}

/** The caseload in "needs attention" order, with scores, alerts and overdue measures. */
export function useCaseloadRows(query: CaseloadQuery) {
  const api = useApi();
  const search = query.search.trim();
  return useQuery({
    queryKey: [...caseloadKey, query.status, query.filter, search],
    queryFn: () =>
      api.POST('/api/caseload', {
        body: { status: query.status, filter: query.filter, ...(search === '' ? {} : { search }) },
      }),
    // Typing in the search box keeps the last list on screen until the new one arrives.
    placeholderData: (previous) => previous,
  });
}

function useInvalidateCaseload() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clientsKey }),
      queryClient.invalidateQueries({ queryKey: caseloadKey }),
    ]);
}

export function useInviteClient() {
  const api = useApi();
  const invalidate = useInvalidateCaseload();
  return useMutation({
    mutationFn: (body: InviteClient) => api.POST('/api/clients/invite', { body }),
    onSuccess: invalidate,
  });
}

export type ClientStatusChange = 'archive' | 'restore';

export function useChangeClientStatus() {
  const api = useApi();
  const invalidate = useInvalidateCaseload();
  return useMutation({
    mutationFn: ({ clientId, change }: { clientId: string; change: ClientStatusChange }) => {
      const path = { id: clientId };
      return change === 'archive'
        ? api.POST('/api/clients/{id}/archive', { path })
        : api.POST('/api/clients/{id}/restore', { path });
    },
    onSuccess: invalidate,
  });
}

export function useResendInvitation() {
  const api = useApi();
  return useMutation({
    mutationFn: (clientId: string) =>
      api.POST('/api/clients/{id}/resend-invitation', { path: { id: clientId } }),
  });
}
