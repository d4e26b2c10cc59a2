import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';

export interface PracticeConsent {
  version: number;
  text: string;
  updatedAt: string;
}

const consentKey = ['admin', 'consent'] as const;

export function usePracticeConsent() {
  const api = useApi();
  return useQuery({
    queryKey: consentKey,
    queryFn: () => api.get<PracticeConsent>('/api/admin/consent'),
  });
}

/** Every save makes a new version; clients are asked to accept it again. */
export function useSavePracticeConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<PracticeConsent>('/api/admin/consent', { text }),
    onSuccess: (saved) => queryClient.setQueryData(consentKey, saved),
  });
}
