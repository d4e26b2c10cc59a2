import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { hashPassword } from '../auth/password.ts';
import { currentConsent, recordConsentAcceptance } from '../consent/consent.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import { userView, type UserView } from '../users/user-view.ts';
import { findUserInPractice, practiceName, setUserPassword } from '../users/users.repo.ts';
import { consumeToken, findValidToken } from './one-time-tokens.repo.ts';

export interface InvitationView {
  email: string;
  displayName: string;
  role: string;
  practiceName: string;
  consent: { version: number; text: string } | null;
}

/** What the invitation page shows before the person sets a password. The token is the only credential. */
export async function inspectInvitation(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
): Promise<InvitationView> {
  const valid = await findValidToken(deps.db, token, 'invitation', deps.clock());
  const user = valid
    ? await findUserInPractice(deps.db, valid.practiceId, valid.userId)
    : undefined;
  if (!valid || !user || user.status === 'deactivated')
    throw new AppError('TOKEN_INVALID', { path: 'token' });
  const practice = await practiceName(deps.db, valid.practiceId);
  const consent =
    user.role === 'client' ? await currentConsent(deps.db, valid.practiceId) : undefined;
  return {
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    practiceName: practice.name,
    consent: consent ? { version: consent.version, text: consent.text } : null,
  };
}

/**
 * Sets the password, records consent (clients must accept the current
 * version), uses up the link and signs the person in — all or nothing.
 */
export async function acceptInvitation(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: { token: string; password: string; acceptConsentVersion?: number | undefined },
): Promise<{ user: UserView; session: NewSession }> {
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  const accepted = await deps.db.transaction().execute(async (trx) => {
    const valid = await findValidToken(trx, input.token, 'invitation', now, true);
    const user = valid ? await findUserInPractice(trx, valid.practiceId, valid.userId) : undefined;
    if (!valid || !user || user.status === 'deactivated')
      throw new AppError('TOKEN_INVALID', { path: 'token' });
    if (user.role === 'client') {
      const consent = await currentConsent(trx, valid.practiceId);
      if (consent && input.acceptConsentVersion !== consent.version) {
        throw new AppError('CONSENT_REQUIRED', { path: 'acceptConsentVersion' });
      }
      if (consent) {
        await recordConsentAcceptance(trx, {
          practiceId: valid.practiceId,
          userId: user.id,
          version: consent.version,
          now,
        });
      }
    }
    await consumeToken(trx, valid.id, now);
    await setUserPassword(trx, valid.practiceId, user.id, passwordHash, now);
    await appendAuditEvent(
      trx,
      {
        practiceId: valid.practiceId,
        actorId: user.id,
        actorRole: user.role,
        action: 'invitation.accept',
        resourceType: 'user',
        resourceId: user.id,
        clientId: user.role === 'client' ? user.id : null,
        outcome: 'allowed',
        detail:
          user.role === 'client' ? { consentVersion: input.acceptConsentVersion ?? null } : {},
      },
      now,
    );
    return { practiceId: valid.practiceId, userId: user.id };
  });
  const session = await startSession(deps, accepted);
  return { user: await userView(deps.db, accepted), session };
}
