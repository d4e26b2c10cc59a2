import { useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import { nextSubmissionAttempt } from '../../shared/forms/submission-id.ts';
import type { SubmissionAttempt } from '../../shared/forms/submission-id.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxGroup, checkboxId } from '../../shared/ui/CheckboxGroup.tsx';
import { ScheduleFields, scheduleFieldIds } from './ScheduleFields.tsx';
import { notAssignableText, starterSetIds } from './instrument-availability.ts';
import type { Instrument } from './measure-types.ts';
import { checkSchedule, initialScheduleDraft, scheduleApiPaths } from './schedule-form.ts';
import { useBulkAssign } from './therapist-measures-api.ts';

const idPrefix = 'starter-set';

export interface StarterSetClient {
  id: string;
  displayName: string;
}

interface StarterSetFormProps {
  clients: readonly StarterSetClient[];
  instruments: readonly Instrument[];
  /** The practice's today from the server; this device's date may already be tomorrow there. */
  today: string;
  onAssigned: (text: string) => void;
  onCancel: () => void;
}

/** PHQ-9 and GAD-7 for several clients at once, on one schedule: all or nothing. */
export function StarterSetForm({
  clients,
  instruments,
  today,
  onAssigned,
  onCancel,
}: StarterSetFormProps) {
  const starter = starterSetIds.map((id) => instruments.find((instrument) => instrument.id === id));
  const blocked = starter.filter(
    (instrument) => instrument !== undefined && !instrument.assignable,
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [draft, setDraft] = useState(() => initialScheduleDraft(today));
  const fieldIds = useMemo(
    () => ({
      clientIds: checkboxId(idPrefix, clients[0]?.id ?? ''),
      ...scheduleFieldIds(idPrefix),
    }),
    [clients],
  );
  const errors = useFormErrors<keyof typeof fieldIds>(fieldIds, scheduleApiPaths);
  const bulk = useBulkAssign();
  const guard = useSubmitGuard();
  const lastAttempt = useRef<SubmissionAttempt | null>(null);

  if (blocked.length > 0 || starter.some((instrument) => instrument === undefined)) {
    return (
      <>
        <ul>
          {blocked.map((instrument) => (
            <li key={instrument?.id}>
              {instrument?.shortTitle}: {instrument ? notAssignableText(instrument) : ''}
            </li>
          ))}
        </ul>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </>
    );
  }
  if (clients.length === 0) {
    return (
      <>
        <p>You have no active clients yet.</p>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientIds = clients.map((c) => c.id).filter((id) => chosen.has(id));
    const checked = checkSchedule(draft, { withEnd: false });
    if (clientIds.length === 0 || checked.value === null) {
      errors.showFieldErrors({
        ...(clientIds.length === 0 ? { clientIds: 'Choose at least one client.' } : {}),
        ...checked.errors,
      });
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    const body = {
      clientIds,
      instrumentIds: [...starterSetIds],
      schedule: checked.value.schedule,
      startsOn: checked.value.startsOn,
      windowDays: checked.value.windowDays,
    };
    const attempt = nextSubmissionAttempt(lastAttempt.current, body);
    lastAttempt.current = attempt;
    bulk.mutate(
      { id: attempt.id, ...body },
      {
        onSettled: guard.end,
        onError: (error) => {
          if (isApiError(error) && error.code === 'SUBMISSION_ID_REUSED')
            lastAttempt.current = null;
          errors.showApiError(error);
        },
        onSuccess: () => {
          lastAttempt.current = null;
          const count = clientIds.length === 1 ? '1 client' : `${clientIds.length} clients`;
          onAssigned(`PHQ-9 and GAD-7 are assigned to ${count}.`);
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <CheckboxGroup
        idPrefix={idPrefix}
        legend="Clients"
        hint="Each chosen client gets the PHQ-9 and the GAD-7 on the schedule below."
        options={clients.map((c) => ({ id: c.id, label: c.displayName }))}
        checked={chosen}
        onToggle={(id, isChecked) =>
          setChosen((previous) => {
            const next = new Set(previous);
            if (isChecked) next.add(id);
            else next.delete(id);
            return next;
          })
        }
        error={errors.fieldErrors.clientIds}
      />
      <ScheduleFields
        idPrefix={idPrefix}
        draft={draft}
        onChange={setDraft}
        errors={errors.fieldErrors}
        withEnd={false}
      />
      <div className="button-row">
        <Button type="submit" busy={bulk.isPending} busyLabel="Assigning…">
          Assign PHQ-9 and GAD-7
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
