import type { AuditEvent } from '../audit/audit.repo.ts';

/** Tandem itself, acting on a rule (raising, escalating, notifying), not on anyone's request. */
export const SYSTEM_ROLE = 'system';

export function auditedBySystem(
  practiceId: string,
): Pick<AuditEvent, 'practiceId' | 'actorId' | 'actorRole'> {
  return { practiceId, actorId: null, actorRole: SYSTEM_ROLE };
}
