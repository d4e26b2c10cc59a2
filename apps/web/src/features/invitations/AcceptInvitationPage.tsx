import { useLocation } from 'react-router';
import { readFragmentToken } from '../../shared/url/fragment-token.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { IncompleteLinkNotice } from '../auth/IncompleteLinkNotice.tsx';
import { InvitationContent } from './InvitationContent.tsx';

/** Opened from the e-mailed link `/accept-invitation#token=…`. */
export function AcceptInvitationPage() {
  const token = readFragmentToken(useLocation().hash);
  return (
    <div className="narrow-text">
      <PageTitle>Your invitation to Tandem</PageTitle>
      {token === null ? (
        <IncompleteLinkNotice>
          If that does not help, ask your practice to send you a new invitation.
        </IncompleteLinkNotice>
      ) : (
        <InvitationContent token={token} />
      )}
    </div>
  );
}
