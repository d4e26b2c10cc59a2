import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { StaffRole } from '@tandem/core';
import { isApiError } from '../../shared/api/api-error.ts';
import { nextSubmissionAttempt } from '../../shared/forms/submission-id.ts';
import type { SubmissionAttempt } from '../../shared/forms/submission-id.ts';
import type { MailDelivery } from '../../shared/session/session-types.ts';
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
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useCreateStaffUser } from './admin-users-api.ts';
import type { StaffUser } from './admin-users-api.ts';
import { staffRoleOptions } from './staff-role-options.ts';
import { staffEmailHint } from './staff-invitation-wording.ts';

const fieldIds = {
  displayName: 'create-user-name',
  email: 'create-user-email',
  role: 'create-user-role',
} as const;

interface CreateStaffUserFormProps {
  mailDelivery: MailDelivery | null;
  onCreated: (user: StaffUser) => void;
  onCancel: () => void;
}

export function CreateStaffUserForm({
  mailDelivery,
  onCreated,
  onCancel,
}: CreateStaffUserFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('therapist');
  const errors = useFormErrors(fieldIds);
  const create = useCreateStaffUser();
  const guard = useSubmitGuard();
  // Reused when the same details are sent again, so a retry never creates two accounts.
  const lastAttempt = useRef<SubmissionAttempt | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([
      ['displayName', checkRequired(displayName, 'Enter the person’s name.')],
      ['email', checkEmail(email)],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    const body = { displayName: displayName.trim(), email: email.trim(), role };
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
        onSuccess: ({ user }) => {
          lastAttempt.current = null;
          setDisplayName('');
          setEmail('');
          onCreated(user);
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
        autoComplete="off"
        value={displayName}
        onChange={setDisplayName}
        error={errors.fieldErrors.displayName}
      />
      <TextField
        id={fieldIds.email}
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="off"
        hint={staffEmailHint(mailDelivery)}
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <SelectField
        id={fieldIds.role}
        label="Role"
        value={role}
        options={staffRoleOptions}
        onChange={setRole}
        error={errors.fieldErrors.role}
      />
      <div className="button-row">
        <Button type="submit" busy={create.isPending} busyLabel="Adding…">
          Add staff member
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
