import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../../shared/api/api-error.ts';
import {
  checkEmail,
  checkRequired,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useSignIn } from './auth-mutations.ts';

const fieldIds = { email: 'sign-in-email', password: 'sign-in-password' } as const;

export function SignInForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors(fieldIds);
  const signIn = useSignIn();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const problems = collectErrors([
      ['email', checkEmail(email)],
      ['password', checkRequired(password, 'Enter your password.')],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    signIn.mutate(
      { email: email.trim(), password },
      {
        // Wrong address and wrong password get the same message from the
        // server, so nobody can learn who has an account here.
        onError: (error) => errors.showFormError(messageOf(error)),
        onSuccess: ({ user }) => void navigate(homePathFor(user), { replace: true }),
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert>{errors.formError}</Alert>}
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
        <Button type="submit" busy={signIn.isPending}>
          Sign in
        </Button>
      </div>
    </form>
  );
}
