import type { Actor, RequestOrigin } from '../../http/actor.ts';
import type { AuditEvent } from './audit.repo.ts';

type Who = Pick<AuditEvent, 'practiceId' | 'actorId' | 'actorRole' | 'sourceAddress' | 'sessionId'>;

/** The "who, from where, in which session" of an event done by a signed-in person. */
export function auditedBy(actor: Actor): Who {
  return {
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    sourceAddress: actor.sourceAddress,
    sessionId: actor.sessionId,
  };
}

/** An event of a person not (yet) signed in, on a practice's chain or the installation's. */
export function auditedAs(
  member: { practiceId: string; userId: string | null; role: string | null },
  origin: RequestOrigin | null,
): Who {
  return {
    practiceId: member.practiceId,
    actorId: member.userId,
    actorRole: member.role,
    sourceAddress: origin?.sourceAddress ?? null,
    sessionId: origin?.sessionId ?? null,
  };
}

/** The `tandem` command on the server: the operator, named by the system account that ran it. */
export const OPERATOR_ROLE = 'operator';
