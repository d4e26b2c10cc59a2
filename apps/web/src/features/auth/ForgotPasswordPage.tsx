import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { checkEmail, collectErrors, hasErrors } from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useRequestPasswordReset } from './auth-mutations.ts';

const fieldIds = { email: 'forgot-password-email' } as const;

export function ForgotPasswordPage() {
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
    <div className="narrow">
      <PageTitle>Forgot your password?</PageTitle>
      {/* The same answer whether or not the address has an account. */}
      {request.isSuccess && (
        <p className="card" ref={confirmation} tabIndex={-1}>
          If this email address belongs to an account, a link to choose a new password is on its
          way. The link works for a limited time. If nothing arrives within a few minutes, check
          your spam folder or ask your practice: where Tandem does not send email, your practice
          admin passes the link on.
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
      <p className="section">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
