import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEventNow } from '../audit/audit.repo.ts';
import { loadClientFacts } from './client-facts.repo.ts';
import {
  mayDoInPractice,
  mayDoToClient,
  type ClientAction,
  type PracticeAction,
} from './policy.ts';

/**
 * The first line of every use case. A denial is audited (in a transaction of
 * its own, since the use case stops here) and answers FORBIDDEN for a
 * practice-level action or NOT_FOUND for an id the actor may not see, so that
 * out-of-scope ids cannot be told apart from ids that do not exist.
 */
export async function requirePracticeAccess(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  action: PracticeAction,
): Promise<void> {
  if (mayDoInPractice(actor, action)) return;
  await auditDenial(deps, actor, action, 'practice', actor.practiceId, null);
  throw new AppError('FORBIDDEN');
}

export async function requireClientAccess(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  action: ClientAction,
  clientId: string,
): Promise<void> {
  const facts = isUuid(clientId)
    ? await loadClientFacts(deps.db, actor.practiceId, clientId)
    : undefined;
  if (facts && mayDoToClient(actor, action, facts)) return;
  await auditDenial(deps, actor, action, 'client', clientId, facts ? clientId : null);
  throw new AppError('NOT_FOUND');
}

async function auditDenial(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  action: string,
  resourceType: string,
  resourceId: string,
  clientId: string | null,
): Promise<void> {
  await appendAuditEventNow(
    deps.db,
    {
      practiceId: actor.practiceId,
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      resourceType,
      // An id from outside the practice is recorded only as "not found here": it is no one's record here.
      resourceId: isUuid(resourceId) ? resourceId : null,
      clientId,
      outcome: 'denied',
    },
    deps.clock(),
  );
}
