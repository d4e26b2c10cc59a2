import { useId } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { CopyButton } from './CopyButton.tsx';
import { outboxStatusText } from './outbox-api.ts';
import type { OutboxMessage } from './outbox-api.ts';

export function OutboxMessageCard({ message }: { message: OutboxMessage }) {
  const headingId = useId();
  return (
    <article className="card outbox-message" aria-labelledby={headingId}>
      <h2 id={headingId}>{message.subject}</h2>
      <dl className="definition-list">
        <dt>To</dt>
        <dd>{message.to}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>Status</dt>
        <dd>
          {outboxStatusText(message.status)}
          {message.sentAt ? ` (${formatDateTime(message.sentAt)})` : ''}
        </dd>
      </dl>
      <pre>{message.body}</pre>
      <CopyButton text={message.body} what={`message to ${message.to}`} />
    </article>
  );
}
