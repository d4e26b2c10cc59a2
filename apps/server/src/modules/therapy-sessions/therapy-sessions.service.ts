import { AppError, localDate } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { recordSession, type TherapySession } from './therapy-sessions.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

const YEAR_DAYS = 366;

/**
 * The therapist records that a session was held (today, or a day they forgot
 * to record). The client's "since last session" summary starts there. Recording
 * a date twice is harmless: the answer is the session already recorded.
 */
export async function recordTherapySession(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  input: { id: string; heldOn: string },
): Promise<{ created: boolean; session: TherapySession }> {
  const scope = await requireClientAccess(deps, actor, 'client.sessions.record', clientId);
  const now = deps.clock();
  const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
  const today = localDate(now, timeZone);
  const earliest = localDate(new Date(now.getTime() - YEAR_DAYS * 86_400_000), timeZone);
  if (input.heldOn > today) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'heldOn',
      message: 'A session cannot be recorded ahead of time.',
    });
  }
  if (input.heldOn < earliest) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'heldOn',
      message: 'Only sessions of the past year can be recorded.',
    });
  }
  return deps.db.transaction().execute(async (trx) => {
    const outcome = await recordSession(trx, scope, { id: input.id, heldOn: input.heldOn, now });
    if (outcome.session.id === '') throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'client.session.record',
        resourceType: 'therapy-session',
        resourceId: outcome.session.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { heldOn: outcome.session.heldOn, replay: !outcome.created },
      },
      now,
    );
    return outcome;
  });
}
