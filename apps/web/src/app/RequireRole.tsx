import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@tandem/core';
import { useSession } from '../features/auth/session-queries.ts';
import { signInState } from '../features/auth/sign-in-notice.ts';
import { homePathFor } from '../shared/session/home-path.ts';
import { LoadingState } from '../shared/ui/LoadingState.tsx';
import { PageTitle } from '../shared/ui/PageTitle.tsx';
import { QueryError } from '../shared/ui/QueryError.tsx';

interface RequireRoleProps {
  roles: readonly Role[];
  /** The consent page itself: open to a client exactly while consent is required. */
  consentPage?: boolean;
}

/**
 * The guard around each area. It sends people who are not signed in to sign-in,
 * a client who must accept the consent text first to /consent, and anyone in
 * the wrong area to their own. The server checks access on every request
 * anyway; this only keeps people on screens that will work for them.
 */
export function RequireRole({ roles, consentPage = false }: RequireRoleProps) {
  const session = useSession();
  const location = useLocation();

  // Data from before a failed background refresh is still good enough to decide.
  if (session.data === undefined) {
    if (session.isPending) return <LoadingState />;
    return (
      <>
        <PageTitle>Tandem is not available right now</PageTitle>
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </>
    );
  }

  const { user, endedBecause } = session.data;
  if (user === null) {
    // After a session ended by itself mid-work, signing in again leads back to
    // the same page; after signing out on purpose, to the person's start page.
    const endedByItself = endedBecause === 'session-expired' || endedBecause === 'session-ended';
    const state =
      endedBecause && signInState(endedBecause, endedByItself ? location.pathname : undefined);
    return <Navigate to="/sign-in" replace state={state} />;
  }
  const mustAcceptConsent = user.role === 'client' && user.consentRequired;
  if (!roles.includes(user.role) || mustAcceptConsent !== consentPage) {
    return <Navigate to={homePathFor(user)} replace />;
  }
  // Keyed by the membership: after switching practice the area's screens start afresh, with
  // nothing (a notice, a filter, a list) left over from the practice left.
  return <Outlet key={user.id} />;
}
