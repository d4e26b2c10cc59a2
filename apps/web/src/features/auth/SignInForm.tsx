import { useState } from 'react';
import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { messageOf } from '../../shared/api/api-error.ts';
import {
  checkEmail,
  checkRequired,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useSignIn } from './auth-mutations.ts';
import { readReturnPath } from './sign-in-notice.ts';

export const signInFieldIds = { email: 'sign-in-email', password: 'sign-in-password' } as const;
const fieldIds = signInFieldIds;

interface SignInFormProps {
  /** The address, kept by the page so a demo account's button can fill it in. */
  email: string;
  onEmailChange: (email: string) => void;
}

export function SignInForm({ email, onEmailChange: setEmail }: SignInFormProps) {
  const [password, setPassword] = useState('');
  const errors = useFormErrors(fieldIds);
  const signIn = useSignIn();
  const guard = useSubmitGuard();
  const navigate = useNavigate();
  const returnTo = readReturnPath(useLocation().state);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([
      ['email', checkEmail(email)],
      ['password', checkRequired(password, 'Enter your password.')],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSettled: guard.end,
        // Wrong address and wrong password get the same message from the
        // server, so nobody can learn who has an account here.
        onError: (error) => errors.showFormError(messageOf(error)),
        // Another person's area is not theirs: the area guard then sends them home.
        onSuccess: ({ user }) => void navigate(returnTo ?? homePathFor(user), { replace: true }),
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <TextField
        id={fieldIds.email}
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <TextField
        id={fieldIds.password}
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <div className="button-row">
        <Button type="submit" busy={signIn.isPending} busyLabel="Signing in…">
          Sign in
        </Button>
      </div>
    </form>
  );
}
