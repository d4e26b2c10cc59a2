import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { useChangeClientStatus } from './caseload-api.ts';
import type { ClientStatusChange, ClientSummary } from './caseload-api.ts';

export interface PendingStatusChange {
  client: ClientSummary;
  change: ClientStatusChange;
}

interface ClientStatusDialogProps {
  pending: PendingStatusChange | null;
  onClose: () => void;
  onDone: (done: PendingStatusChange) => void;
}

const wording = {
  archive: {
    title: (name: string) => `Archive ${name}?`,
    body: 'Archived clients move to the Archived list. You can restore them at any time; nothing is deleted.',
    confirm: 'Archive',
  },
  restore: {
    title: (name: string) => `Restore ${name}?`,
    body: 'The client moves back to your Active list.',
    confirm: 'Restore',
  },
} as const satisfies Record<ClientStatusChange, unknown>;

/** Asks before archiving or restoring a client, then makes the change. */
export function ClientStatusDialog({ pending, onClose, onDone }: ClientStatusDialogProps) {
  const changeStatus = useChangeClientStatus();
  const guard = useSubmitGuard();
  const text = wording[pending?.change ?? 'archive'];

  function close() {
    changeStatus.reset();
    onClose();
  }

  function confirm() {
    if (pending === null) return;
    if (!guard.begin()) return;
    changeStatus.mutate(
      { clientId: pending.client.id, change: pending.change },
      {
        onSettled: guard.end,
        onSuccess: () => {
          changeStatus.reset();
          onDone(pending);
        },
      },
    );
  }

  return (
    <ConfirmDialog
      open={pending !== null}
      title={text.title(pending?.client.displayName ?? '')}
      confirmLabel={text.confirm}
      busy={changeStatus.isPending}
      error={changeStatus.isError ? messageOf(changeStatus.error) : null}
      onConfirm={confirm}
      onCancel={close}
    >
      <p>{text.body}</p>
    </ConfirmDialog>
  );
}
