import { useId } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { CopyButton } from './CopyButton.tsx';
import { findOneTimeLink } from './one-time-link.ts';
import { outboxStatusText } from './outbox-api.ts';
import type { OutboxMessage } from './outbox-api.ts';

export function OutboxMessageCard({ message }: { message: OutboxMessage }) {
  const headingId = useId();
  const link = findOneTimeLink(message.body);
  return (
    <article className="card outbox-message" aria-labelledby={headingId}>
      {/* Subjects repeat ("Your invitation to Tandem"); the address tells messages apart. */}
      <h2 id={headingId}>
        {message.subject} <span className="outbox-message__to">to {message.to}</span>
      </h2>
      <dl className="definition-list">
        <dt>Created</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>Status</dt>
        <dd>
          {outboxStatusText(message.status)}
          {message.sentAt ? ` (${formatDateTime(message.sentAt)})` : ''}
        </dd>
      </dl>
      <pre>{message.body}</pre>
      {link !== null && (
        <CopyButton text={link}>
          Copy link<VisuallyHidden> for {message.to}</VisuallyHidden>
        </CopyButton>
      )}
    </article>
  );
}
