import { useConfirmedMutation } from '../../shared/forms/use-confirmed-mutation.ts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { useChangeClientStatus } from './caseload-api.ts';
import type { ClientStatusChange, ClientSummary } from './caseload-api.ts';
import { clientStatusWording } from './client-status-wording.ts';

export interface PendingStatusChange {
  client: ClientSummary;
  change: ClientStatusChange;
}

interface ClientStatusDialogProps {
  pending: PendingStatusChange | null;
  onClose: () => void;
  onDone: (done: PendingStatusChange) => void;
}

/** Asks before archiving or restoring a client, then makes the change. */
export function ClientStatusDialog({ pending, onClose, onDone }: ClientStatusDialogProps) {
  const changeStatus = useConfirmedMutation(useChangeClientStatus());
  const text = clientStatusWording[pending?.change ?? 'archive'];
  const name = pending?.client.displayName ?? '';

  return (
    <ConfirmDialog
      open={pending !== null}
      title={text.title(name)}
      confirmLabel={text.confirm}
      busy={changeStatus.busy}
      error={changeStatus.error}
      onConfirm={() => {
        if (pending === null) return;
        changeStatus.run(
          { clientId: pending.client.id, change: pending.change },
          { onDone: () => onDone(pending) },
        );
      }}
      onCancel={() => changeStatus.cancel(onClose)}
    >
      {text.body(name).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </ConfirmDialog>
  );
}
