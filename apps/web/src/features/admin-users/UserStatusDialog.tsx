import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { useChangeUserStatus } from './admin-users-api.ts';
import type { StaffUser, UserStatusChange } from './admin-users-api.ts';

export interface PendingUserStatusChange {
  user: StaffUser;
  change: UserStatusChange;
}

interface UserStatusDialogProps {
  pending: PendingUserStatusChange | null;
  onClose: () => void;
  onDone: (done: PendingUserStatusChange) => void;
}

const wording = {
  deactivate: {
    title: (name: string) => `Deactivate ${name}?`,
    body: 'They cannot sign in until you reactivate them. Nothing is deleted.',
    confirm: 'Deactivate',
  },
  reactivate: {
    title: (name: string) => `Reactivate ${name}?`,
    body: 'They can sign in again with their password.',
    confirm: 'Reactivate',
  },
} as const satisfies Record<UserStatusChange, unknown>;

export function UserStatusDialog({ pending, onClose, onDone }: UserStatusDialogProps) {
  const changeStatus = useChangeUserStatus();
  const guard = useSubmitGuard();
  const text = wording[pending?.change ?? 'deactivate'];

  function close() {
    changeStatus.reset();
    onClose();
  }

  function confirm() {
    if (pending === null) return;
    if (!guard.begin()) return;
    changeStatus.mutate(
      { userId: pending.user.id, change: pending.change },
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
      title={text.title(pending?.user.displayName ?? '')}
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
