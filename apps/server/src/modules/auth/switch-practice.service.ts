import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
import type { NewSession } from '../sessions/sessions.service.ts';
import type { UserView } from '../users/user-view.ts';
import { activeMembershipsOf, findUserInPractice } from '../users/users.repo.ts';
import { openPracticeSession } from './sign-in.service.ts';

/**
 * A person who belongs to several practices (a therapist who also works at
 * another clinic on the same installation) moves to another of them: the
 * current session ends and a new one opens on that membership. A practice the
 * person does not actively belong to answers NOT_FOUND, like any other id
 * outside their reach.
 */
export async function switchPractice(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  actor: Actor,
  practiceId: string,
): Promise<{ user: UserView; session: NewSession }> {
  const me = await findUserInPractice(deps.db, actor.practiceId, actor.userId);
  if (!me) throw new AppError('NOT_FOUND');
  const target = (await activeMembershipsOf(deps.db, me.account_id)).find(
    (membership) => membership.practice_id === practiceId,
  );
  if (!target) throw new AppError('NOT_FOUND', { path: 'practiceId' });
  await deleteSession(deps.db, actor.sessionId);
  return openPracticeSession(deps, {
    practiceId: target.practice_id,
    userId: target.id,
    role: target.role,
    action: 'auth.switch-practice',
    origin: { sourceAddress: actor.sourceAddress, sessionId: actor.sessionId },
  });
}
