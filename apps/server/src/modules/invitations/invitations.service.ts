import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent, appendAuditEventNow } from '../audit/audit.repo.ts';
import { hashPassword } from '../auth/password.ts';
import { currentConsent, recordConsentAcceptance } from '../consent/consent.repo.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
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

/**
 * What the invitation page shows before the person sets a password. The token
 * is the only credential; the read of the person's name and address is audited
 * as theirs.
 */
export async function inspectInvitation(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
): Promise<InvitationView> {
  const now = deps.clock();
  const valid = await findValidToken(deps.db, token, 'invitation', now);
  const user = valid
    ? await findUserInPractice(deps.db, valid.practiceId, valid.userId)
    : undefined;
  if (!valid || !user || user.status === 'deactivated')
    throw new AppError('TOKEN_INVALID', { path: 'token' });
  const practice = await practiceName(deps.db, valid.practiceId);
  const consent =
    user.role === 'client' ? await currentConsent(deps.db, valid.practiceId) : undefined;
  await appendAuditEventNow(
    deps.db,
    {
      practiceId: valid.practiceId,
      actorId: user.id,
      actorRole: user.role,
      action: 'invitation.inspect',
      resourceType: 'user',
      resourceId: user.id,
      clientId: user.role === 'client' ? user.id : null,
      outcome: 'allowed',
    },
    now,
  );
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
  input: {
    token: string;
    password: string;
    acceptConsentVersion?: number | undefined;
    /** A session the browser already held (someone else's, perhaps): it ends. */
    replacesSessionId?: string | undefined;
  },
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  // A wrong link costs no argon2 hash: hashing first would let anyone spend the server's CPU.
  if (!(await findValidToken(deps.db, input.token, 'invitation', now))) {
    throw new AppError('TOKEN_INVALID', { path: 'token' });
  }
  const passwordHash = await hashPassword(input.password);
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
    if (input.replacesSessionId !== undefined) await deleteSession(trx, input.replacesSessionId);
    return { practiceId: valid.practiceId, userId: user.id };
  });
  const session = await startSession(deps, accepted);
  return { user: await userView(deps.db, accepted), session };
}
