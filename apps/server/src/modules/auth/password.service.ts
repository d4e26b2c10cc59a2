import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { consumeToken, findValidToken, issueToken } from '../invitations/one-time-tokens.repo.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import { passwordResetMail } from '../outbox/mail-templates.ts';
import { hitRateLimit } from '../ratelimit/rate-limit.repo.ts';
import { deleteSessionsOfUser } from '../sessions/sessions.repo.ts';
import { findUserByEmail, findUserInPractice, setUserPassword } from '../users/users.repo.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { sha256Hex } from './secrets.ts';

const RESET_TTL_MS = 3_600_000;

/** Changing a password signs out every other session of the person. */
export async function changePassword(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserInPractice(deps.db, actor.practiceId, actor.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', {
      message: 'The current password is not correct.',
      path: 'currentPassword',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await setUserPassword(trx, actor.practiceId, actor.userId, passwordHash, now);
    await deleteSessionsOfUser(trx, actor.practiceId, actor.userId, actor.sessionId);
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
}

/**
 * Always answers the same way; mails a link only to an existing, usable
 * account. Limited per address and per client address like sign-in.
 */
export async function requestPasswordReset(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: { email: string; ip: string },
): Promise<void> {
  const now = deps.clock();
  const byAddress = await hitRateLimit(
    deps.db,
    `reset:address:${sha256Hex(input.email)}`,
    RESET_TTL_MS,
    now,
  );
  const byIp = await hitRateLimit(deps.db, `reset:ip:${input.ip}`, RESET_TTL_MS, now);
  if (byAddress.hits > 5 || byIp.hits > 30) return;
  const user = await findUserByEmail(deps.db, input.email);
  if (!user || user.status !== 'active') return;
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
      { practiceId: user.practice_id, to: user.email, ...mail },
      { smtpConfigured: deps.config.smtpUrl !== null, now },
    );
  });
}

export async function completePasswordReset(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { token: string; newPassword: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const token = await findValidToken(trx, input.token, 'password_reset', now, true);
    if (!token) throw new AppError('TOKEN_INVALID', { path: 'token' });
    const user = await findUserInPractice(trx, token.practiceId, token.userId);
    if (!user || user.status !== 'active') throw new AppError('TOKEN_INVALID', { path: 'token' });
    await consumeToken(trx, token.id, now);
    await setUserPassword(trx, token.practiceId, token.userId, passwordHash, now);
    await deleteSessionsOfUser(trx, token.practiceId, token.userId);
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
