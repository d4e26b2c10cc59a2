import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { operatorResetTexts } from './forgot-password-wording.ts';
import { useInstance } from './instance-api.ts';
import { ResetRequestForm } from './ResetRequestForm.tsx';

/**
 * With a mail server: the address, then a link by e-mail. Without one, nothing
 * can be e-mailed, so the page says whom to ask instead of offering a form.
 */
export function ForgotPasswordPage() {
  const instance = useInstance();
  return (
    <div className="narrow">
      <PageTitle>Forgot your password?</PageTitle>
      {instance.isPending && <LoadingState />}
      {instance.isError && (
        <QueryError error={instance.error} onRetry={() => void instance.refetch()} />
      )}
      {instance.data?.passwordReset === 'operator' && (
        <div className="card">
          {operatorResetTexts.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      {instance.data?.passwordReset === 'email' && <ResetRequestForm />}
      <p className="section">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
