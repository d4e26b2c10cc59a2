import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import {
  checkNewPassword,
  checkPasswordConfirmation,
  checkRequired,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { useChangePassword } from './account-api.ts';

const fieldIds = {
  currentPassword: 'account-current-password',
  newPassword: 'account-new-password',
  confirmation: 'account-confirm-password',
} as const;

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const errors = useFormErrors(fieldIds);
  const changePassword = useChangePassword();
  const guard = useSubmitGuard();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const problems = collectErrors([
      ['currentPassword', checkRequired(currentPassword, 'Enter your current password.')],
      ['newPassword', checkNewPassword(newPassword)],
      ['confirmation', checkPasswordConfirmation(newPassword, confirmation)],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSettled: guard.end,
        onError: errors.showApiError,
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
          setDone(true);
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <StatusMessage>
        {done ? 'Your password is changed. Your other devices are signed out.' : null}
      </StatusMessage>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <TextField
        id={fieldIds.currentPassword}
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={errors.fieldErrors.currentPassword}
      />
      <NewPasswordFields
        ids={fieldIds}
        newPassword={newPassword}
        confirmation={confirmation}
        onNewPasswordChange={setNewPassword}
        onConfirmationChange={setConfirmation}
        errors={errors.fieldErrors}
      />
      <div className="button-row">
        <Button type="submit" busy={changePassword.isPending} busyLabel="Changing password…">
          Change password
        </Button>
      </div>
    </form>
  );
}
