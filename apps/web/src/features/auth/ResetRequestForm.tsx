import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { checkEmail, collectErrors, hasErrors } from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useRequestPasswordReset } from './auth-mutations.ts';
import { resetRequestedText } from './forgot-password-wording.ts';

const fieldIds = { email: 'forgot-password-email' } as const;

/** The address to e-mail a reset link to; then the same answer whatever the address. */
export function ResetRequestForm() {
  const [email, setEmail] = useState('');
  const errors = useFormErrors(fieldIds);
  const request = useRequestPasswordReset();
  const guard = useSubmitGuard();
  const confirmation = useRef<HTMLParagraphElement>(null);

  // The form (and the button that had focus) is gone: continue at the answer.
  useEffect(() => {
    if (request.isSuccess) confirmation.current?.focus();
  }, [request.isSuccess]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([['email', checkEmail(email)]] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    request.mutate(
      { email: email.trim() },
      { onSettled: guard.end, onError: (error) => errors.showFormError(messageOf(error)) },
    );
  }

  return (
    <>
      {/* The same answer whether or not the address has an account. */}
      {request.isSuccess && (
        <p className="card" ref={confirmation} tabIndex={-1}>
          {resetRequestedText}
        </p>
      )}
      {!request.isSuccess && (
        <>
          <p>
            Enter the email address you use for Tandem. You will get a link to choose a new
            password.
          </p>
          <form className="form" onSubmit={handleSubmit} noValidate>
            {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
            <TextField
              id={fieldIds.email}
              label="Email"
              type="email"
              autoComplete="email"
              inputMode="email"
              value={email}
              onChange={setEmail}
              error={errors.fieldErrors.email}
            />
            <div className="button-row">
              <Button type="submit" busy={request.isPending} busyLabel="Sending…">
                Send reset link
              </Button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
