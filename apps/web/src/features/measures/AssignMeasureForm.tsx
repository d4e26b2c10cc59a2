import { useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import { nextSubmissionAttempt } from '../../shared/forms/submission-id.ts';
import type { SubmissionAttempt } from '../../shared/forms/submission-id.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { ScheduleFields, scheduleFieldIds } from './ScheduleFields.tsx';
import { measureChoices, notAssignableText } from './instrument-availability.ts';
import type { Assignment, Instrument } from './measure-types.ts';
import { checkSchedule, initialScheduleDraft, scheduleApiPaths } from './schedule-form.ts';
import { usePracticeInstruments } from './practice-instruments-api.ts';
import { useCreateAssignment } from './therapist-measures-api.ts';

const idPrefix = 'assign';

interface AssignMeasureFormProps {
  clientId: string;
  instruments: readonly Instrument[];
  onAssigned: (assignment: Assignment) => void;
  onCancel: () => void;
  /** The client's calendar date now (from the server): the default start, in the client's zone. */
  clientToday: string;
}

export function AssignMeasureForm({
  clientId,
  clientToday,
  instruments,
  onAssigned,
  onCancel,
}: AssignMeasureFormProps) {
  const practiceInstruments = usePracticeInstruments();
  const choices = useMemo(
    () => measureChoices(instruments, practiceInstruments.data?.instruments ?? []),
    [instruments, practiceInstruments.data],
  );
  const unavailable = instruments.filter((instrument) => !instrument.assignable);
  const [chosen, setInstrumentId] = useState<string | null>(null);
  // The practice's own questionnaires may arrive after the form opens.
  const instrumentId = chosen ?? choices[0]?.value ?? '';
  const [draft, setDraft] = useState(() => initialScheduleDraft(clientToday));
  const [reminders, setReminders] = useState(true);
  const [resultsHidden, setResultsHidden] = useState(false);
  const fieldIds = useMemo(
    () => ({ instrumentId: `${idPrefix}-instrument`, ...scheduleFieldIds(idPrefix) }),
    [],
  );
  const errors = useFormErrors<keyof typeof fieldIds>(fieldIds, scheduleApiPaths);
  const create = useCreateAssignment(clientId);
  const guard = useSubmitGuard();
  const lastAttempt = useRef<SubmissionAttempt | null>(null);

  if (choices.length === 0) {
    return (
      <>
        <p>No measure can be assigned yet.</p>
        <UnavailableList instruments={unavailable} />
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSchedule(draft, { withEnd: true });
    if (checked.value === null) {
      errors.showFieldErrors(checked.errors);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    const body = { instrumentId, ...checked.value, reminders, resultsHidden };
    const attempt = nextSubmissionAttempt(lastAttempt.current, body);
    lastAttempt.current = attempt;
    create.mutate(
      { id: attempt.id, ...body },
      {
        onSettled: guard.end,
        onError: (error) => {
          if (isApiError(error) && error.code === 'SUBMISSION_ID_REUSED')
            lastAttempt.current = null;
          errors.showApiError(error);
        },
        onSuccess: ({ assignment }) => {
          lastAttempt.current = null;
          onAssigned(assignment);
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <SelectField
        id={fieldIds.instrumentId}
        label="Measure"
        value={instrumentId}
        options={choices}
        onChange={setInstrumentId}
        error={errors.fieldErrors.instrumentId}
      />
      <ScheduleFields
        idPrefix={idPrefix}
        draft={draft}
        onChange={setDraft}
        errors={errors.fieldErrors}
        withEnd
      />
      <CheckboxField
        id={`${idPrefix}-reminders`}
        label="Send reminders"
        checked={reminders}
        onChange={setReminders}
      />
      <CheckboxField
        id={`${idPrefix}-hidden`}
        label="Hide the results from the client"
        checked={resultsHidden}
        onChange={setResultsHidden}
      />
      <div className="button-row">
        <Button type="submit" busy={create.isPending} busyLabel="Assigning…">
          Assign
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <UnavailableList instruments={unavailable} />
    </form>
  );
}

function UnavailableList({ instruments }: { instruments: readonly Instrument[] }) {
  if (instruments.length === 0) return null;
  return (
    <div className="unavailable-measures">
      <p className="field__hint">Not available yet:</p>
      <ul className="field__hint">
        {instruments.map((instrument) => (
          <li key={instrument.id}>
            {instrument.shortTitle}: {notAssignableText(instrument)}
          </li>
        ))}
      </ul>
    </div>
  );
}
