import { Link } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { AcceptInvitationForm } from './AcceptInvitationForm.tsx';
import { InvitationSummary } from './InvitationSummary.tsx';
import { useInvitation } from './invitation-api.ts';

export function InvitationContent({ token }: { token: string }) {
  const invitation = useInvitation(token);
  if (invitation.isPending) return <LoadingState label="Checking your invitation…" />;
  if (invitation.isError) {
    if (isApiError(invitation.error) && invitation.error.code === 'TOKEN_INVALID') {
      return (
        <div className="card">
          <p>
            This invitation link is no longer valid. It may have expired, or it was used already.
          </p>
          <p>
            Please ask your practice to send you a new invitation. If you have already set your
            password, <Link to="/sign-in">sign in</Link>.
          </p>
        </div>
      );
    }
    return <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />;
  }
  return (
    <>
      <InvitationSummary invitation={invitation.data} />
      <AcceptInvitationForm token={token} invitation={invitation.data} />
    </>
  );
}
