import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';

export type OutboxKind = 'invitation' | 'password_reset' | 'other';
export type OutboxStatus = 'pending' | 'sent' | 'kept' | 'failed';
/** The one-time link a message carries: still usable, spent in one of three ways, or none. */
export type OutboxLinkState = 'active' | 'used' | 'replaced' | 'expired' | 'none';

export interface OutboxMessage {
  id: string;
  kind: OutboxKind;
  to: string;
  subject: string;
  /** Without the link once it is spent, or when it went (or goes) out by e-mail. */
  body: string;
  createdAt: string;
  sentAt: string | null;
  status: OutboxStatus;
  link: OutboxLinkState;
}

export const outboxQueryKey = ['admin', 'outbox'] as const;

export function useOutbox() {
  const api = useApi();
  return useQuery({
    queryKey: outboxQueryKey,
    queryFn: () => api.get<{ messages: OutboxMessage[] }>('/api/admin/outbox'),
  });
}

/** Takes a message off the list (the server keeps it, and records who dismissed it). */
export function useDismissOutboxMessage() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) =>
      api.post(`/api/admin/outbox/${encodeURIComponent(messageId)}/dismiss`, {}),
    onSuccess: (_answer, messageId) => {
      // Gone at once, before the list is read again.
      queryClient.setQueryData<{ messages: OutboxMessage[] }>(outboxQueryKey, (old) =>
        old ? { messages: old.messages.filter((message) => message.id !== messageId) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: outboxQueryKey });
    },
  });
}

/** Newest first: the message an operator looks for is usually the one just created. */
export function newestFirst(messages: readonly OutboxMessage[]): OutboxMessage[] {
  return [...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
