import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import { nextSubmissionAttempt } from '../../shared/forms/submission-id.ts';
import type { SubmissionAttempt } from '../../shared/forms/submission-id.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import {
  checkEmail,
  checkRequired,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useInviteClient } from './caseload-api.ts';
import type { ClientSummary } from './caseload-api.ts';

const fieldIds = { displayName: 'invite-client-name', email: 'invite-client-email' } as const;

interface InviteClientFormProps {
  onInvited: (client: ClientSummary) => void;
  onCancel: () => void;
}

export function InviteClientForm({ onInvited, onCancel }: InviteClientFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const errors = useFormErrors(fieldIds);
  const invite = useInviteClient();
  const guard = useSubmitGuard();
  // The id of the last attempt: a retry after a lost answer reuses it, so the
  // server recognises the replay instead of inviting the client twice.
  const lastAttempt = useRef<SubmissionAttempt | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([
      ['displayName', checkRequired(displayName, 'Enter the name the client goes by.')],
      ['email', checkEmail(email)],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    const body = { displayName: displayName.trim(), email: email.trim() };
    const attempt = nextSubmissionAttempt(lastAttempt.current, body);
    lastAttempt.current = attempt;
    invite.mutate(
      { id: attempt.id, ...body },
      {
        onSettled: guard.end,
        onError: (error) => {
          if (isApiError(error) && error.code === 'SUBMISSION_ID_REUSED')
            lastAttempt.current = null;
          errors.showApiError(error);
        },
        onSuccess: ({ client }) => {
          lastAttempt.current = null;
          setDisplayName('');
          setEmail('');
          onInvited(client);
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <TextField
        id={fieldIds.displayName}
        label="Display name"
        hint="The name the client goes by. They see it in Tandem."
        autoComplete="off"
        value={displayName}
        onChange={setDisplayName}
        error={errors.fieldErrors.displayName}
      />
      <TextField
        id={fieldIds.email}
        label="Email"
        type="email"
        autoComplete="off"
        inputMode="email"
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <div className="button-row">
        <Button type="submit" busy={invite.isPending} busyLabel="Sending invitation…">
          Send invitation
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
