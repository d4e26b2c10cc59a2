import { formatDateTime } from '../../shared/format/format-date.ts';
import { useConfirmedMutation } from '../../shared/forms/use-confirmed-mutation.ts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { useDismissOutboxMessage } from './outbox-api.ts';
import type { OutboxMessage } from './outbox-api.ts';
import { dismissExplanation, outboxKindText } from './outbox-wording.ts';

interface DismissOutboxDialogProps {
  message: OutboxMessage | null;
  onClose: () => void;
  onDismissed: (message: OutboxMessage) => void;
}

/** Asks before taking a message off the outbox list. */
export function DismissOutboxDialog({ message, onClose, onDismissed }: DismissOutboxDialogProps) {
  const dismiss = useConfirmedMutation(useDismissOutboxMessage());
  return (
    <ConfirmDialog
      open={message !== null}
      title="Dismiss this email?"
      confirmLabel="Dismiss"
      busy={dismiss.busy}
      error={dismiss.error}
      onConfirm={() => {
        if (message !== null) dismiss.run(message.id, { onDone: () => onDismissed(message) });
      }}
      onCancel={() => dismiss.cancel(onClose)}
    >
      {message && (
        <>
          <p>
            {outboxKindText(message.kind)} to {message.to}, created{' '}
            {formatDateTime(message.createdAt)}.
          </p>
          <p>{dismissExplanation(message)}</p>
        </>
      )}
    </ConfirmDialog>
  );
}
