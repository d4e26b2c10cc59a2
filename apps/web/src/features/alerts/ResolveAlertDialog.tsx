import { useState } from 'react';
import type { FormEvent } from 'react';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert as ErrorAlert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { Dialog } from '../../shared/ui/Dialog.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import type { Alert } from './alert-types.ts';
import { useResolveAlert } from './alerts-api.ts';
import { checkResolveNote } from './resolve-note.ts';

const fieldIds = { note: 'resolve-alert-note' } as const;

interface ResolveAlertDialogProps {
  alert: Alert | null;
  onClose: () => void;
  onResolved: (alert: Alert) => void;
}

export function ResolveAlertDialog({ alert, onClose, onResolved }: ResolveAlertDialogProps) {
  return (
    <Dialog
      open={alert !== null}
      title={alert ? `Resolve the alert for ${alert.clientName}` : 'Resolve the alert'}
      onClose={onClose}
    >
      {alert && (
        <ResolveForm key={alert.id} alert={alert} onCancel={onClose} onResolved={onResolved} />
      )}
    </Dialog>
  );
}

function ResolveForm({
  alert,
  onCancel,
  onResolved,
}: {
  alert: Alert;
  onCancel: () => void;
  onResolved: (alert: Alert) => void;
}) {
  const [note, setNote] = useState('');
  const errors = useFormErrors(fieldIds);
  const resolve = useResolveAlert();
  const guard = useSubmitGuard();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = checkResolveNote(note);
    if (problem !== undefined) {
      errors.showFieldErrors({ note: problem });
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    resolve.mutate(
      { alertId: alert.id, note: note.trim() },
      {
        onSettled: guard.end,
        onError: errors.showApiError,
        onSuccess: ({ alert: resolved }) => onResolved(resolved),
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <ErrorAlert key={errors.formErrorKey}>{errors.formError}</ErrorAlert>}
      <TextArea
        id={fieldIds.note}
        label="What was done"
        hint="For example: called the client, safety plan reviewed, follow-up booked. Other staff who have this alert can read it."
        rows={6}
        value={note}
        onChange={setNote}
        error={errors.fieldErrors.note}
      />
      <div className="button-row">
        <Button type="submit" busy={resolve.isPending} busyLabel="Saving…">
          Resolve
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
