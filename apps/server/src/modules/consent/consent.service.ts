import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { findUserInPractice } from '../users/users.repo.ts';
import {
  currentConsent,
  insertConsentVersion,
  recordConsentAcceptance,
  type ConsentText,
} from './consent.repo.ts';

export async function consentForActor(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
): Promise<ConsentText & { acceptedVersion: number | null }> {
  // Any signed-in person may read their practice's consent text: it is not clinical.
  await requirePracticeAccess(deps, actor, 'consent.respond');
  const consent = await currentConsent(deps.db, actor.practiceId);
  if (!consent) throw new AppError('NOT_FOUND');
  const user = await findUserInPractice(deps.db, actor.practiceId, actor.userId);
  return { ...consent, acceptedVersion: user?.consent_version ?? null };
}

/** Records which version the person accepted, and when (audited). */
export async function acceptConsent(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  version: number,
): Promise<void> {
  await requirePracticeAccess(deps, actor, 'consent.respond');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const consent = await currentConsent(trx, actor.practiceId);
    if (!consent || consent.version !== version) {
      throw new AppError('CONSENT_VERSION_STALE', { path: 'version' });
    }
    await recordConsentAcceptance(trx, {
      practiceId: actor.practiceId,
      userId: actor.userId,
      version,
      now,
    });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'consent.accept',
        resourceType: 'consent',
        resourceId: String(version),
        clientId: actor.role === 'client' ? actor.userId : null,
        outcome: 'allowed',
        detail: { version },
      },
      now,
    );
  });
}

export async function consentForAdmin(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
): Promise<ConsentText> {
  await requirePracticeAccess(deps, actor, 'consent.manage');
  const consent = await currentConsent(deps.db, actor.practiceId);
  if (!consent) throw new AppError('NOT_FOUND');
  return consent;
}

/** Saving makes a new version; clients are asked to accept it at their next visit. */
export async function updateConsentText(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  text: string,
): Promise<ConsentText> {
  await requirePracticeAccess(deps, actor, 'consent.manage');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('practices')
      .select('id')
      .where('id', '=', actor.practiceId)
      .forUpdate()
      .execute();
    const current = await currentConsent(trx, actor.practiceId);
    const version = (current?.version ?? 0) + 1;
    await insertConsentVersion(trx, {
      practiceId: actor.practiceId,
      version,
      text,
      createdBy: actor.userId,
      now,
    });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'consent.update',
        resourceType: 'consent',
        resourceId: String(version),
        outcome: 'allowed',
      },
      now,
    );
    return { version, text, updatedAt: now };
  });
}
