import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxGroup } from '../../shared/ui/CheckboxGroup.tsx';
import { useAssignSupervisors } from './admin-users-api.ts';
import type { StaffUser } from './admin-users-api.ts';

interface SupervisorsFormProps {
  therapist: StaffUser;
  supervisors: StaffUser[];
  onCancel: () => void;
  onSaved: () => void;
}

export function SupervisorsForm({
  therapist,
  supervisors,
  onCancel,
  onSaved,
}: SupervisorsFormProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(therapist.supervisorIds ?? []),
  );
  const assign = useAssignSupervisors();
  const guard = useSubmitGuard();

  function toggle(id: string, checked: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!guard.begin()) return;
    assign.mutate(
      { therapistId: therapist.id, supervisorIds: [...chosen] },
      { onSettled: guard.end, onSuccess: onSaved },
    );
  }

  if (supervisors.length === 0) {
    return (
      <>
        <p>There are no supervisors yet. Create a user with the role Supervisor first.</p>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </>
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <p>Supervisors can read, but not change, the work of the therapists they supervise.</p>
      {assign.isError && <Alert>{messageOf(assign.error)}</Alert>}
      <CheckboxGroup
        idPrefix="supervisor"
        legend="Supervisors"
        options={supervisors.map((supervisor) => ({
          id: supervisor.id,
          label:
            supervisor.status === 'deactivated'
              ? `${supervisor.displayName} (deactivated)`
              : supervisor.displayName,
        }))}
        checked={chosen}
        onToggle={toggle}
      />
      <div className="button-row">
        <Button type="submit" busy={assign.isPending} busyLabel="Saving…">
          Save supervisors
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
