import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxGroup, checkboxId } from '../../shared/ui/CheckboxGroup.tsx';
import type { StaffUser } from '../admin-users/admin-users-api.ts';
import { useSetCareTeam } from './admin-clients-api.ts';
import type { AdminClient } from './admin-clients-api.ts';
import { careTeamApiPaths, checkCareTeam } from './care-team-checks.ts';

const idPrefix = 'care-team';

interface CareTeamFormProps {
  client: AdminClient;
  /** Active therapists of the practice: the only ones a care team may have. */
  therapists: readonly StaffUser[];
  onCancel: () => void;
  onSaved: (client: AdminClient) => void;
}

export function CareTeamForm({ client, therapists, onCancel, onSaved }: CareTeamFormProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(client.therapists.map((therapist) => therapist.id)),
  );
  const fieldIds = useMemo(
    () => ({ therapists: checkboxId(idPrefix, therapists[0]?.id ?? '') }),
    [therapists],
  );
  const errors = useFormErrors(fieldIds, careTeamApiPaths);
  const setCareTeam = useSetCareTeam();
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
    // In the order shown, so that "therapistIds.N" in an answer names what the admin sees.
    const therapistIds = therapists.map((t) => t.id).filter((id) => chosen.has(id));
    const problem = checkCareTeam(therapistIds);
    if (problem !== undefined) {
      errors.showFieldErrors({ therapists: problem });
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    setCareTeam.mutate(
      { clientId: client.id, therapistIds },
      {
        onSettled: guard.end,
        onError: errors.showApiError,
        onSuccess: ({ client: saved }) => onSaved(saved),
      },
    );
  }

  if (therapists.length === 0) {
    return (
      <>
        <p>There are no active therapists. Add one on the Staff page first.</p>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </>
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <CheckboxGroup
        idPrefix={idPrefix}
        legend="Therapists"
        hint="The therapists who work with this client in Tandem. Choose at least one."
        options={therapists.map((t) => ({ id: t.id, label: t.displayName }))}
        checked={chosen}
        onToggle={toggle}
        error={errors.fieldErrors.therapists}
      />
      <div className="button-row">
        <Button type="submit" busy={setCareTeam.isPending} busyLabel="Saving…">
          Save care team
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
