import { useId, useState } from 'react';
import { formatDateTime } from '../format/format-date.ts';
import { Button } from '../ui/Button.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { discardOutboxItem, usePendingOutbox } from './outbox.ts';
import type { OutboxItem } from './outbox.ts';
import { useOnline } from './use-online.ts';

/** The words a person typed into an entry (notes, journal text), to copy from a refused one. */
export function typedText(body: object): string {
  const texts: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (!['id', 'visibility', 'occurredAt', 'kind', 'key'].includes(key) && value.trim() !== '')
        texts.push(value);
    } else if (Array.isArray(value)) {
      value.forEach((inner) => visit(inner, key));
    } else if (typeof value === 'object' && value !== null) {
      Object.entries(value).forEach(([innerKey, inner]) => visit(inner, innerKey));
    }
  };
  visit(body, '');
  return texts.join('\n\n');
}

function RefusedItem({ item }: { item: OutboxItem }) {
  const [confirming, setConfirming] = useState(false);
  const text = typedText(item.body);
  return (
    <li className="pending-entries__item pending-entries__item--refused">
      <p>
        <strong>{item.label}</strong>: could not be sent. {item.failure?.message}
      </p>
      {text !== '' && (
        <details>
          <summary>Show what you wrote</summary>
          <p className="pending-entries__text">{text}</p>
        </details>
      )}
      <Button variant="secondary" className="button--small" onClick={() => setConfirming(true)}>
        Delete from this device
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Delete this entry?"
        confirmLabel="Delete"
        onConfirm={() => void discardOutboxItem(item.id).then(() => setConfirming(false))}
        onCancel={() => setConfirming(false)}
      >
        <p>It was never sent, so it will be gone for good.</p>
      </ConfirmDialog>
    </li>
  );
}

/**
 * "Waiting to be sent (N)": entries made on this device that have not reached
 * Tandem yet, and any the server refused (with its reason). Renders nothing
 * when there are none. Pages that make entries show it above their list.
 */
export function PendingOutbox() {
  const headingId = useId();
  const online = useOnline();
  const { items, flushing, flush } = usePendingOutbox();
  if (items.length === 0) return null;
  const waiting = items.filter((item) => item.failure === undefined);
  const refused = items.filter((item) => item.failure !== undefined);
  return (
    <section className="pending-entries" aria-labelledby={headingId}>
      <h2 className="pending-entries__title" id={headingId}>
        {waiting.length > 0 ? `Waiting to be sent (${waiting.length})` : 'Not sent'}
      </h2>
      {waiting.length > 0 && (
        <>
          <p>
            {online
              ? 'These are kept on this device and will be sent to Tandem shortly.'
              : 'You are offline. These are kept on this device and will be sent when you are back online.'}
          </p>
          <ul className="pending-entries__list">
            {waiting.map((item) => (
              <li key={item.id} className="pending-entries__item">
                {item.label} <span className="muted">(made {formatDateTime(item.createdAt)})</span>
              </li>
            ))}
          </ul>
          {online && (
            <Button
              variant="secondary"
              className="button--small"
              busy={flushing}
              busyLabel="Sending…"
              onClick={() => void flush()}
            >
              Send now
            </Button>
          )}
        </>
      )}
      {refused.length > 0 && (
        <ul className="pending-entries__list">
          {refused.map((item) => (
            <RefusedItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
