import { Link, Navigate, useLocation } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { SignInForm } from './SignInForm.tsx';
import { useSession } from './session-queries.ts';
import { readReturnPath, readSignInNotice, signInNoticeText } from './sign-in-notice.ts';

export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const notice = readSignInNotice(location.state);
  const user = session.data?.user;

  if (user) return <Navigate to={readReturnPath(location.state) ?? homePathFor(user)} replace />;

  // The form works even when the session check failed: the most likely cause
  // is a network problem, and trying to sign in is the natural next step.
  const unreachable =
    session.isError && isApiError(session.error) && session.error.code !== 'SESSION_EXPIRED'
      ? session.error.message
      : null;

  return (
    <div className="narrow">
      <PageTitle>Sign in</PageTitle>
      <StatusMessage>
        {notice ? signInNoticeText(notice) : null}
        {notice && unreachable ? ' ' : null}
        {unreachable}
      </StatusMessage>
      <SignInForm />
      <p className="section">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="muted">
        New to Tandem? Your practice sends you an invitation with a link to set up your account.
      </p>
    </div>
  );
}
