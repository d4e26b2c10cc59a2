import { useId } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { CopyButton } from './CopyButton.tsx';
import { findOneTimeLink } from './one-time-link.ts';
import type { OutboxMessage } from './outbox-api.ts';
import {
  canPassOnLink,
  linkStateText,
  outboxKindText,
  outboxStatusText,
} from './outbox-wording.ts';

interface OutboxMessageCardProps {
  message: OutboxMessage;
  onDismiss: (message: OutboxMessage) => void;
}

export function OutboxMessageCard({ message, onDismiss }: OutboxMessageCardProps) {
  const headingId = useId();
  const link = canPassOnLink(message) ? findOneTimeLink(message.body) : null;
  const linkState = linkStateText(message);
  return (
    <article className="card outbox-message" aria-labelledby={headingId}>
      {/* Subjects repeat ("Your invitation to Tandem"); the address tells messages apart. */}
      <h3 id={headingId}>
        {message.subject} <span className="outbox-message__to">to {message.to}</span>
      </h3>
      <dl className="definition-list">
        <dt>Type</dt>
        <dd>{outboxKindText(message.kind)}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>Status</dt>
        <dd>
          {outboxStatusText(message.status)}
          {message.sentAt ? ` (${formatDateTime(message.sentAt)})` : ''}
        </dd>
        {linkState !== null && (
          <>
            <dt>Link</dt>
            <dd>{linkState}</dd>
          </>
        )}
      </dl>
      <pre>{message.body}</pre>
      <div className="button-row">
        {link !== null && (
          <CopyButton text={link}>
            Copy link<VisuallyHidden> for {message.to}</VisuallyHidden>
          </CopyButton>
        )}
        <Button variant="secondary" className="button--small" onClick={() => onDismiss(message)}>
          Dismiss<VisuallyHidden> the email to {message.to}</VisuallyHidden>
        </Button>
      </div>
    </article>
  );
}
