import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import type { AssignmentChange, BulkAssignment, NewAssignment } from './measure-types.ts';

export const instrumentsKey = ['instruments'] as const;
const clientKey = (clientId: string) => ['client', clientId] as const;

export function useInstruments() {
  const api = useApi();
  return useQuery({
    queryKey: instrumentsKey,
    queryFn: () => api.GET('/api/instruments'),
  });
}

export function useClient(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: clientKey(clientId),
    queryFn: () => api.GET('/api/clients/{id}', { path: { id: clientId } }),
  });
}

export function useAssignments(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...clientKey(clientId), 'assignments'],
    queryFn: () => api.GET('/api/clients/{id}/assignments', { path: { id: clientId } }),
  });
}

export function useClientMeasures(clientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...clientKey(clientId), 'measures'],
    queryFn: () => api.GET('/api/clients/{id}/measures', { path: { id: clientId } }),
  });
}

/** After a change to assignments: the client page and the caseload read them. */
function useInvalidateAssignments() {
  const queryClient = useQueryClient();
  return (clientId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clientId ? clientKey(clientId) : ['client'] }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
}

export function useCreateAssignment(clientId: string) {
  const api = useApi();
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: (body: NewAssignment) =>
      api.POST('/api/clients/{id}/assignments', { path: { id: clientId }, body }),
    onSuccess: () => invalidate(clientId),
  });
}

export function useChangeAssignment(clientId: string) {
  const api = useApi();
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: ({ assignmentId, change }: { assignmentId: string; change: AssignmentChange }) =>
      api.PATCH('/api/clients/{id}/assignments/{assignmentId}', {
        path: { id: clientId, assignmentId },
        body: change,
      }),
    onSuccess: () => invalidate(clientId),
  });
}

export function useBulkAssign() {
  const api = useApi();
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: (body: BulkAssignment) => api.POST('/api/assignments/bulk', { body }),
    onSuccess: () => invalidate(),
  });
}
