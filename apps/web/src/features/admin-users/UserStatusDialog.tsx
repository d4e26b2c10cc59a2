import { useState } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useConfirmedMutation } from '../../shared/forms/use-confirmed-mutation.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useAdminClients } from '../admin-clients/admin-clients-api.ts';
import { activeTherapists } from './active-therapists.ts';
import { useChangeUserStatus, useStaffUsers } from './admin-users-api.ts';
import type { StaffUser, UserStatusChange } from './admin-users-api.ts';
import { HandOverField } from './HandOverField.tsx';
import { clientsOfTherapist } from './hand-over.ts';
import { userStatusDone, userStatusWording } from './user-status-wording.ts';

export interface PendingUserStatusChange {
  user: StaffUser;
  change: UserStatusChange;
}

interface UserStatusDialogProps {
  pending: PendingUserStatusChange | null;
  onClose: () => void;
  /** With the confirmation to show. */
  onDone: (message: string) => void;
}

const fieldIds = { handOverTo: 'deactivate-hand-over' } as const;

/**
 * Asks before deactivating or reactivating a staff member. A therapist's
 * clients are listed, with a choice of who takes them over; the server
 * decides whether one is needed (no client is left without a therapist).
 */
export function UserStatusDialog({ pending, onClose, onDone }: UserStatusDialogProps) {
  const changeStatus = useConfirmedMutation(useChangeUserStatus());
  const errors = useFormErrors(fieldIds);
  const [handOverTo, setHandOverTo] = useState('');
  const leavingTherapist =
    pending?.change === 'deactivate' && pending.user.role === 'therapist' ? pending.user : null;
  const clients = useAdminClients({ enabled: leavingTherapist !== null });
  const staff = useStaffUsers();
  const text = userStatusWording[pending?.change ?? 'deactivate'];
  const theirClients = leavingTherapist
    ? clientsOfTherapist(clients.data?.clients ?? [], leavingTherapist.id)
    : [];
  const successors = leavingTherapist
    ? activeTherapists(staff.data?.users ?? [], leavingTherapist.id)
    : [];
  // An answer about the hand-over goes to its field only while the field is on screen.
  const handOverShown = theirClients.length > 0 && successors.length > 0;

  function reset() {
    setHandOverTo('');
    errors.clear();
  }

  function confirm() {
    if (pending === null) return;
    const successor = staff.data?.users.find((person) => person.id === handOverTo);
    changeStatus.run(
      {
        userId: pending.user.id,
        change: pending.change,
        handOverTo: leavingTherapist && successor ? successor.id : undefined,
      },
      {
        onDone: () => {
          reset();
          onDone(userStatusDone(pending.change, pending.user.displayName, successor?.displayName));
        },
        onError: (error) =>
          handOverShown ? errors.showApiError(error) : errors.showFormError(messageOf(error)),
      },
    );
  }

  return (
    <ConfirmDialog
      open={pending !== null}
      title={text.title(pending?.user.displayName ?? '')}
      confirmLabel={text.confirm}
      busy={changeStatus.busy}
      error={errors.formError}
      onConfirm={confirm}
      onCancel={() => {
        reset();
        changeStatus.cancel(onClose);
      }}
    >
      <p>{text.body}</p>
      {leavingTherapist && clients.isPending && <LoadingState label="Looking up their clients…" />}
      {leavingTherapist && clients.isError && (
        <QueryError error={clients.error} onRetry={() => void clients.refetch()} />
      )}
      {leavingTherapist && theirClients.length > 0 && (
        <HandOverField
          id={fieldIds.handOverTo}
          leaving={leavingTherapist}
          clients={theirClients}
          successors={successors}
          value={handOverTo}
          onChange={setHandOverTo}
          error={errors.fieldErrors.handOverTo}
        />
      )}
    </ConfirmDialog>
  );
}
