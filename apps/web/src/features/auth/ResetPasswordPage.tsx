import { Link, useLocation } from 'react-router';
import { readFragmentToken } from '../../shared/url/fragment-token.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { IncompleteLinkNotice } from './IncompleteLinkNotice.tsx';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';

/** Opened from the e-mailed link `/reset-password#token=…`. */
export function ResetPasswordPage() {
  const token = readFragmentToken(useLocation().hash);
  return (
    <div className="narrow">
      <PageTitle>Choose a new password</PageTitle>
      {token === null ? (
        <IncompleteLinkNotice>
          If that does not help, <Link to="/forgot-password">ask for a new link</Link>.
        </IncompleteLinkNotice>
      ) : (
        <ResetPasswordForm token={token} />
      )}
    </div>
  );
}
