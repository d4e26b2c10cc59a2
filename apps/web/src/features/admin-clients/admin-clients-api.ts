import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { ClientSummary } from '../caseload/caseload-api.ts';

/** A client as the admin sees them: name, address, status and care team; nothing clinical. */
export type AdminClient = ClientSummary;

export const adminClientsKey = ['admin', 'clients'] as const;

export function useAdminClients({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: adminClientsKey,
    queryFn: () => api.get<{ clients: AdminClient[] }>('/api/admin/clients'),
    enabled,
  });
}

export function useSetCareTeam() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, therapistIds }: { clientId: string; therapistIds: string[] }) =>
      api.put<{ client: AdminClient }>(
        `/api/admin/clients/${encodeURIComponent(clientId)}/care-team`,
        { therapistIds },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminClientsKey }),
  });
}

/** The names on a client's care team, for a table cell or a sentence. */
export function careTeamNames(client: Pick<AdminClient, 'therapists'>): string {
  return client.therapists.map((therapist) => therapist.displayName).join(', ');
}
