import type { User } from '../../shared/session/session-types.ts';
import { useSession } from './session-queries.ts';

/**
 * The signed-in user, for screens behind the area guard (app/RequireRole.tsx),
 * which renders them only once the session has a user.
 */
export function useSignedInUser(): User {
  const user = useSession().data?.user;
  if (!user) throw new Error('useSignedInUser is only for screens behind RequireRole');
  return user;
}
