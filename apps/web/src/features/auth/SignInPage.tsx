import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { DemoAccounts } from './DemoAccounts.tsx';
import { SignInForm, signInFieldIds } from './SignInForm.tsx';
import { useInstance } from './instance-api.ts';
import { useSession } from './session-queries.ts';
import { readReturnPath, readSignInNotice, signInNoticeText } from './sign-in-notice.ts';

export function SignInPage() {
  const session = useSession();
  const instance = useInstance();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const notice = readSignInNotice(location.state);
  const user = session.data?.user;

  if (user) return <Navigate to={readReturnPath(location.state) ?? homePathFor(user)} replace />;

  // The form works even when the session check failed: the most likely cause
  // is a network problem, and trying to sign in is the natural next step.
  const unreachable =
    session.isError && isApiError(session.error) && session.error.code !== 'SESSION_EXPIRED'
      ? session.error.message
      : null;
  const demo = instance.data?.demo ?? null;

  return (
    <div className="narrow">
      <PageTitle>Sign in</PageTitle>
      <StatusMessage>
        {notice ? signInNoticeText(notice) : null}
        {notice && unreachable ? ' ' : null}
        {unreachable}
      </StatusMessage>
      <p>
        Tandem is a private place for the work between your therapy sessions, shared with your
        therapist. It is not a crisis service.
      </p>
      <SignInForm email={email} onEmailChange={setEmail} />
      <p className="section">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="muted">
        New to Tandem? Your practice sends you an invitation with a link to set up your account.
      </p>
      {demo && demo.accounts.length > 0 && (
        <DemoAccounts
          accounts={demo.accounts}
          onUse={(address) => {
            setEmail(address);
            // On to the password: the address is filled in.
            document.getElementById(signInFieldIds.password)?.focus();
          }}
        />
      )}
    </div>
  );
}
