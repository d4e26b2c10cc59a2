import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { consumeToken, findValidToken, issueToken } from '../invitations/one-time-tokens.repo.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import { passwordResetMail } from '../outbox/mail-templates.ts';
import { rateLimitAddress } from '../ratelimit/client-address.ts';
import { rateLimitedError } from '../ratelimit/rate-limited.ts';
import { clearRateLimit, hitRateLimit } from '../ratelimit/rate-limit.repo.ts';
import { deleteSessionsOfAccount } from '../sessions/sessions.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import {
  activeMembershipsOf,
  findAccountByEmail,
  findUserInPractice,
  setAccountPassword,
} from '../users/users.repo.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { sha256Hex } from './secrets.ts';

const RESET_TTL_MS = 3_600_000;
const CHANGE_WINDOW_MS = 15 * 60_000;
/** Wrong current passwords per person per window: a borrowed session must not become a password oracle. */
export const MAX_PASSWORD_CHANGE_ATTEMPTS = 10;

/**
 * Changing a password ends every session of the person, this one included
 * (in every practice they belong to: the password is the account's), and
 * answers a new one: a session id never outlives the password it was opened
 * with.
 */
export async function changePassword(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<NewSession> {
  const now = deps.clock();
  const attemptsKey = `change-password:user:${actor.userId}`;
  const attempts = await hitRateLimit(deps.db, attemptsKey, CHANGE_WINDOW_MS, now);
  if (attempts.hits > MAX_PASSWORD_CHANGE_ATTEMPTS) {
    throw rateLimitedError(attempts.resetAt, now);
  }
  const user = await findUserInPractice(deps.db, actor.practiceId, actor.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', {
      message: 'The current password is not correct.',
      path: 'currentPassword',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await setAccountPassword(trx, user.account_id, passwordHash, now);
    await deleteSessionsOfAccount(trx, user.account_id);
    await appendAuditEvent(
      trx,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'auth.password.change',
        resourceType: 'user',
        resourceId: actor.userId,
        outcome: 'allowed',
      },
      now,
    );
  });
  await clearRateLimit(deps.db, attemptsKey);
  return startSession(deps, { practiceId: actor.practiceId, userId: actor.userId });
}

/**
 * Always answers the same way, in the same time: the request only counts the
 * attempt, and the look-up and the e-mail happen after the answer (see
 * BackgroundTasks). A link is mailed only to an existing, usable account.
 * Limited per address and per client address.
 */
export async function requestPasswordReset(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'background'>,
  input: { email: string; ip: string },
): Promise<void> {
  const now = deps.clock();
  const byAddress = await hitRateLimit(
    deps.db,
    `reset:address:${sha256Hex(input.email)}`,
    RESET_TTL_MS,
    now,
  );
  const byIp = await hitRateLimit(
    deps.db,
    `reset:ip:${rateLimitAddress(input.ip)}`,
    RESET_TTL_MS,
    now,
  );
  if (byAddress.hits > 5 || byIp.hits > 30) return;
  deps.background.run('password-reset-mail', () => mailResetLink(deps, input.email, now));
}

async function mailResetLink(
  deps: Pick<Deps, 'db' | 'config'>,
  email: string,
  now: Date,
): Promise<void> {
  const account = await findAccountByEmail(deps.db, email);
  // The link is issued through the membership used last; the password it sets is the account's.
  const [user] = account?.password_hash ? await activeMembershipsOf(deps.db, account.id) : [];
  if (!account || !user) return;
  await deps.db.transaction().execute(async (trx) => {
    const token = await issueToken(trx, {
      practiceId: user.practice_id,
      userId: user.id,
      purpose: 'password_reset',
      now,
      ttlMs: RESET_TTL_MS,
    });
    const mail = passwordResetMail({
      link: `${deps.config.publicUrl}/reset-password#token=${token}`,
    });
    await enqueueMail(
      trx,
      { practiceId: user.practice_id, to: account.email, ...mail },
      { smtpConfigured: deps.config.smtpUrl !== null, now },
    );
    await appendAuditEvent(
      trx,
      {
        practiceId: user.practice_id,
        actorId: null,
        actorRole: null,
        action: 'auth.password.reset-requested',
        resourceType: 'user',
        resourceId: user.id,
        outcome: 'allowed',
      },
      now,
    );
  });
}

/** Sets the new password, uses up the link and ends every session of the person, in every practice. */
export async function completePasswordReset(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { token: string; newPassword: string },
): Promise<void> {
  const now = deps.clock();
  // A wrong link costs no argon2 hash: hashing first would let anyone spend the server's CPU.
  if (!(await findValidToken(deps.db, input.token, 'password_reset', now))) {
    throw new AppError('TOKEN_INVALID', { path: 'token' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    const token = await findValidToken(trx, input.token, 'password_reset', now, true);
    if (!token) throw new AppError('TOKEN_INVALID', { path: 'token' });
    const user = await findUserInPractice(trx, token.practiceId, token.userId);
    if (!user || user.status !== 'active') throw new AppError('TOKEN_INVALID', { path: 'token' });
    await consumeToken(trx, token.id, now);
    await setAccountPassword(trx, user.account_id, passwordHash, now);
    await deleteSessionsOfAccount(trx, user.account_id);
    await appendAuditEvent(
      trx,
      {
        practiceId: token.practiceId,
        actorId: token.userId,
        actorRole: user.role,
        action: 'auth.password.reset',
        resourceType: 'user',
        resourceId: token.userId,
        outcome: 'allowed',
      },
      now,
    );
  });
}
