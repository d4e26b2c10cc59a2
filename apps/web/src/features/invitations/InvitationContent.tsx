import { useState } from 'react';
import { Link } from 'react-router';
import { isBrokenLinkError } from '../../shared/api/link-error.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { AcceptInvitationForm } from './AcceptInvitationForm.tsx';
import { InvitationSummary } from './InvitationSummary.tsx';
import { useInvitation } from './invitation-api.ts';

export function InvitationContent({ token }: { token: string }) {
  const invitation = useInvitation(token);
  // Also set when the link stops working while the form is open (used in another tab, expired).
  const [linkBroken, setLinkBroken] = useState(false);
  if (invitation.isPending) return <LoadingState label="Checking your invitation…" />;
  if (linkBroken || (invitation.isError && isBrokenLinkError(invitation.error))) {
    return (
      <div className="card">
        <p>This invitation link is no longer valid. It may have expired, or it was used already.</p>
        <p>
          Please ask your practice to send you a new invitation. If you have already joined,{' '}
          <Link to="/sign-in">sign in</Link>.
        </p>
      </div>
    );
  }
  if (invitation.isError) {
    return <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />;
  }
  const formProps = {
    token,
    invitation: invitation.data,
    onLinkBroken: () => setLinkBroken(true),
    onConsentChanged: () => void invitation.refetch(),
  };
  return (
    <>
      <InvitationSummary invitation={invitation.data} />
      <AcceptInvitationForm {...formProps} />
    </>
  );
}
