import { useConfirmedMutation } from '../../shared/forms/use-confirmed-mutation.ts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { actionWording } from './assignment-wording.ts';
import type { AssignmentAction } from './assignment-wording.ts';
import type { Assignment } from './measure-types.ts';
import { useChangeAssignment } from './therapist-measures-api.ts';

export interface PendingAssignmentAction {
  assignment: Assignment;
  action: AssignmentAction;
}

interface AssignmentActionDialogProps {
  clientId: string;
  pending: PendingAssignmentAction | null;
  onClose: () => void;
  onDone: (done: PendingAssignmentAction) => void;
}

/** Asks before pausing, resuming or stopping an assignment, then makes the change at its version. */
export function AssignmentActionDialog({
  clientId,
  pending,
  onClose,
  onDone,
}: AssignmentActionDialogProps) {
  const change = useConfirmedMutation(useChangeAssignment(clientId));
  const text = actionWording[pending?.action ?? 'pause'];
  const title = pending?.assignment.shortTitle ?? '';
  return (
    <ConfirmDialog
      open={pending !== null}
      title={text.title(title)}
      confirmLabel={text.label}
      busy={change.busy}
      error={change.error}
      onConfirm={() => {
        if (pending === null) return;
        change.run(
          {
            assignmentId: pending.assignment.id,
            change: { version: pending.assignment.version, status: text.status },
          },
          { onDone: () => onDone(pending) },
        );
      }}
      onCancel={() => change.cancel(onClose)}
    >
      <p>{text.body}</p>
    </ConfirmDialog>
  );
}
