import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffRole, UserStatus } from '@tandem/core';
import { useApi } from '../../shared/api/api-context.ts';
import { adminClientsKey } from '../admin-clients/admin-clients-api.ts';
import { outboxQueryKey } from '../admin-outbox/outbox-api.ts';

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  status: UserStatus;
  createdAt: string;
  /** Only for therapists: who supervises them. */
  supervisorIds?: string[];
}

export interface CreateStaffUser {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
}

export type UserStatusChange = 'deactivate' | 'reactivate';

const staffKey = ['admin', 'users'] as const;

export function useStaffUsers() {
  const api = useApi();
  return useQuery({
    queryKey: staffKey,
    queryFn: () => api.get<{ users: StaffUser[] }>('/api/admin/users'),
  });
}

function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: staffKey });
}

export function useCreateStaffUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffUser) => api.post<{ user: StaffUser }>('/api/admin/users', body),
    // The invitation e-mail may be kept in the outbox (no mail server): refresh both.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: staffKey }),
        queryClient.invalidateQueries({ queryKey: outboxQueryKey }),
      ]),
  });
}

export interface UserStatusChangeRequest {
  userId: string;
  change: UserStatusChange;
  /** Deactivating a therapist: who takes over their clients. */
  handOverTo?: string | undefined;
}

export function useChangeUserStatus() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, change, handOverTo }: UserStatusChangeRequest) =>
      api.post<{ user: StaffUser }>(
        `/api/admin/users/${encodeURIComponent(userId)}/${change}`,
        handOverTo === undefined ? {} : { handOverTo },
      ),
    // A deactivated therapist's clients may have moved to another care team.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: staffKey }),
        queryClient.invalidateQueries({ queryKey: adminClientsKey }),
      ]),
  });
}

export function useAssignSupervisors() {
  const api = useApi();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (body: { therapistId: string; supervisorIds: string[] }) =>
      api.put('/api/admin/supervision', body),
    onSuccess: invalidate,
  });
}
