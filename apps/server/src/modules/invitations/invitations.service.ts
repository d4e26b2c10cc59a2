import { AppError, passwordSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent, appendAuditEventNow } from '../audit/audit.repo.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import {
  MAX_ATTEMPTS_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  signInAddressKey,
} from '../auth/sign-in.service.ts';
import { clearRateLimit, hitRateLimit, readRateLimit } from '../ratelimit/rate-limit.repo.ts';
import { rateLimitedError } from '../ratelimit/rate-limited.ts';
import { currentConsent, recordConsentAcceptance } from '../consent/consent.repo.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import { userView, type UserView } from '../users/user-view.ts';
import {
  activateMembership,
  findUserInPractice,
  lockAccountPassword,
  practiceName,
  recordSignIn,
  setAccountPassword,
} from '../users/users.repo.ts';
import { consumeToken, findValidToken } from './one-time-tokens.repo.ts';

export interface InvitationView {
  email: string;
  /**
   * The address already has a Tandem password (from another practice on this
   * installation): the person confirms it instead of choosing a new one. Only
   * the holder of the link learns this.
   */
  existingAccount: boolean;
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
    existingAccount: user.password_hash !== null,
    displayName: user.display_name,
    role: user.role,
    practiceName: practice.name,
    consent: consent ? { version: consent.version, text: consent.text } : null,
  };
}

/**
 * Sets the password (or, for an address that already has one, checks it),
 * records consent (clients must accept the current version), uses up the link
 * and signs the person in — all or nothing.
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
  const first = await findValidToken(deps.db, input.token, 'invitation', now);
  const invited = first
    ? await findUserInPractice(deps.db, first.practiceId, first.userId)
    : undefined;
  if (!first || !invited) throw new AppError('TOKEN_INVALID', { path: 'token' });
  const passwordHash =
    invited.password_hash === null
      ? await hashPassword(newPassword(input.password))
      : await confirmExistingPassword(deps, invited.email, invited.password_hash, input.password);
  const accepted = await deps.db.transaction().execute(async (trx) => {
    const valid = await findValidToken(trx, input.token, 'invitation', now, true);
    const user = valid ? await findUserInPractice(trx, valid.practiceId, valid.userId) : undefined;
    if (!valid || !user || user.status === 'deactivated')
      throw new AppError('TOKEN_INVALID', { path: 'token' });
    // The account got a password between the check above and now (another practice's link).
    if ((await lockAccountPassword(trx, user.account_id)) !== invited.password_hash)
      throw new AppError('VERSION_CONFLICT', {
        message: 'Your account changed meanwhile. Open the link again.',
        path: 'password',
      });
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
    if (passwordHash !== null) await setAccountPassword(trx, user.account_id, passwordHash, now);
    await activateMembership(trx, valid.practiceId, user.id, now);
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
    const member = { practiceId: valid.practiceId, userId: user.id };
    await recordSignIn(trx, member.practiceId, member.userId, now);
    return { member, session: await startSession({ ...deps, db: trx }, member) };
  });
  return { user: await userView(deps.db, accepted.member), session: accepted.session };
}

/** A password chosen now must meet the rules (an existing one is checked as it is). */
function newPassword(password: string): string {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: parsed.error.issues[0]?.message ?? 'Choose another password.',
      path: 'password',
    });
  }
  return parsed.data;
}

/**
 * An invitation to an address that already has a password is accepted with
 * that password, limited like sign-in (the same counter, and only failures
 * count): the link alone must not let anyone guess it. Answers null: there
 * is no new hash to store.
 */
async function confirmExistingPassword(
  deps: Pick<Deps, 'db' | 'clock'>,
  email: string,
  passwordHash: string,
  password: string,
): Promise<null> {
  const now = deps.clock();
  const key = signInAddressKey(email);
  const failures = await readRateLimit(deps.db, key, SIGN_IN_WINDOW_MS, now);
  if (failures.hits >= MAX_ATTEMPTS_PER_ADDRESS) throw rateLimitedError(failures.resetAt, now);
  if (!(await verifyPassword(passwordHash, password))) {
    await hitRateLimit(deps.db, key, SIGN_IN_WINDOW_MS, now);
    throw new AppError('INVALID_CREDENTIALS', {
      message: 'This is not the password of your Tandem account.',
      path: 'password',
    });
  }
  await clearRateLimit(deps.db, key);
  return null;
}
