import { useLocation } from 'react-router';
import { readFragmentToken } from '../../shared/url/fragment-token.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { IncompleteLinkNotice } from '../auth/IncompleteLinkNotice.tsx';
import { InvitationContent } from './InvitationContent.tsx';
import { useInvitation } from './invitation-api.ts';

/** Opened from the e-mailed link `/accept-invitation#token=…`. */
export function AcceptInvitationPage() {
  const token = readFragmentToken(useLocation().hash);
  // The same query InvitationContent reads: the title says whether this sets up or joins.
  const existingAccount = useInvitation(token).data?.existingAccount === true;
  return (
    <div className="narrow-text">
      <PageTitle>
        {existingAccount ? 'Join with your Tandem account' : 'Set up your account'}
      </PageTitle>
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
