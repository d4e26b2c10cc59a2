import { Navigate } from 'react-router';
import { useSession } from '../features/auth/session-queries.ts';
import { homePathFor } from '../shared/session/home-path.ts';
import { LoadingState } from '../shared/ui/LoadingState.tsx';

/** "/": the signed-in person's area, or sign-in. */
export function HomeRedirect() {
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  const user = session.data?.user;
  return <Navigate to={user ? homePathFor(user) : '/sign-in'} replace />;
}
