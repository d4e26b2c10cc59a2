import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientStatus } from '@tandem/core';
import { useApi } from '../../shared/api/api-context.ts';

export interface ClientSummary {
  id: string;
  displayName: string;
  email: string;
  status: ClientStatus;
  invitedAt: string;
  joinedAt: string | null;
  therapists: Array<{ id: string; displayName: string }>;
}

/** Which part of the caseload to show; "active" includes clients still invited. */
export type CaseloadFilter = 'active' | 'archived';

export interface InviteClient {
  id: string;
  email: string;
  displayName: string;
}

const clientsKey = ['clients'] as const;

export function useCaseload(filter: CaseloadFilter) {
  const api = useApi();
  return useQuery({
    queryKey: [...clientsKey, filter],
    // The status is not PHI, so it may sit in the query string.
    queryFn: () => api.get<{ clients: ClientSummary[] }>(`/api/clients?status=${filter}`),
  });
}

function useInvalidateCaseload() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clientsKey });
}

export function useInviteClient() {
  const api = useApi();
  const invalidate = useInvalidateCaseload();
  return useMutation({
    mutationFn: (body: InviteClient) =>
      api.post<{ client: ClientSummary }>('/api/clients/invite', body),
    onSuccess: invalidate,
  });
}

export type ClientStatusChange = 'archive' | 'restore';

export function useChangeClientStatus() {
  const api = useApi();
  const invalidate = useInvalidateCaseload();
  return useMutation({
    mutationFn: ({ clientId, change }: { clientId: string; change: ClientStatusChange }) =>
      api.post<{ client: ClientSummary }>(`/api/clients/${encodeURIComponent(clientId)}/${change}`),
    onSuccess: invalidate,
  });
}

export function useResendInvitation() {
  const api = useApi();
  return useMutation({
    mutationFn: (clientId: string) =>
      api.post(`/api/clients/${encodeURIComponent(clientId)}/resend-invitation`),
  });
}
