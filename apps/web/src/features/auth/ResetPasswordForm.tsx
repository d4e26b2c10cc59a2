import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isBrokenLinkError } from '../../shared/api/link-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import {
  checkNewPassword,
  checkPasswordConfirmation,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { useCompletePasswordReset } from './auth-mutations.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { signInState } from './sign-in-notice.ts';

const fieldIds = {
  newPassword: 'reset-new-password',
  confirmation: 'reset-confirm-password',
} as const;
const brokenLinkMessage =
  'This link is no longer valid. It may have expired, or it was used already. Your password is unchanged.';

export function ResetPasswordForm({ token }: { token: string }) {
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [linkInvalid, setLinkInvalid] = useState(false);
  const errors = useFormErrors(fieldIds);
  const complete = useCompletePasswordReset();
  const guard = useSubmitGuard();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([
      ['newPassword', checkNewPassword(newPassword)],
      ['confirmation', checkPasswordConfirmation(newPassword, confirmation)],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    complete.mutate(
      { token, newPassword },
      {
        onSettled: guard.end,
        onError: (error) => {
          const broken = isBrokenLinkError(error);
          setLinkInvalid(broken);
          if (broken) errors.showFormError(brokenLinkMessage);
          else errors.showApiError(error);
        },
        // `replace` also drops the token from the browser history.
        onSuccess: () =>
          void navigate('/sign-in', { replace: true, state: signInState('password-reset') }),
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && (
        <Alert key={errors.formErrorKey}>
          <p>{errors.formError}</p>
          {linkInvalid && <Link to="/forgot-password">Ask for a new link</Link>}
        </Alert>
      )}
      <NewPasswordFields
        ids={fieldIds}
        newPassword={newPassword}
        confirmation={confirmation}
        onNewPasswordChange={setNewPassword}
        onConfirmationChange={setConfirmation}
        errors={errors.fieldErrors}
      />
      <div className="button-row">
        <Button type="submit" busy={complete.isPending} busyLabel="Saving…">
          Save new password
        </Button>
      </div>
    </form>
  );
}
