import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';

export type OutboxStatus = 'pending' | 'sent' | 'kept';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  status: OutboxStatus;
}

export const outboxQueryKey = ['admin', 'outbox'] as const;

export function useOutbox() {
  const api = useApi();
  return useQuery({
    queryKey: outboxQueryKey,
    queryFn: () => api.get<{ messages: OutboxMessage[] }>('/api/admin/outbox'),
  });
}

const statusTexts = {
  pending: 'Waiting to be sent',
  sent: 'Sent',
  kept: 'Kept here: no mail server is set up',
} as const satisfies Record<OutboxStatus, string>;

export function outboxStatusText(status: OutboxStatus): string {
  return statusTexts[status];
}

/** Newest first: the message an operator looks for is usually the one just created. */
export function newestFirst(messages: readonly OutboxMessage[]): OutboxMessage[] {
  return [...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
