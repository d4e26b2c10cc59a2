import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor, RequestOrigin } from '../../http/actor.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedAs, auditedBy } from '../audit/audited-by.ts';
import {
  consumeToken,
  findValidToken,
  voidResetTokensOfAccount,
} from '../invitations/one-time-tokens.repo.ts';
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
  type UserRow,
} from '../users/users.repo.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { passwordContext, passwordProblem } from './password-policy.ts';
import { issueResetLink } from './reset-link.ts';
import { sha256Hex } from './secrets.ts';

const RESET_TTL_MS = 3_600_000;
const CHANGE_WINDOW_MS = 15 * 60_000;
/** Wrong current passwords per person per window: a borrowed session must not become a password oracle. */
export const MAX_PASSWORD_CHANGE_ATTEMPTS = 10;

/**
 * A new password must not be easy to guess (password-policy.ts) and must not
 * be the one it replaces. Refusals name the field the person typed it in.
 */
async function checkNewPassword(
  db: Kysely<DB>,
  password: string,
  member: UserRow,
  path: string,
): Promise<void> {
  const problem = passwordProblem(password, await passwordContext(db, member));
  if (problem !== null) throw new AppError('VALIDATION_FAILED', { message: problem, path });
  if (member.password_hash !== null && (await verifyPassword(member.password_hash, password))) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'This is your current password. Choose a different one.',
      path,
    });
  }
}

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
  await checkNewPassword(deps.db, input.newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await setAccountPassword(trx, user.account_id, passwordHash, now);
    await deleteSessionsOfAccount(trx, user.account_id);
    await voidResetTokensOfAccount(trx, user.account_id, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
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
 * BackgroundTasks). A link is e-mailed only to an existing, usable account,
 * and only by SMTP: without it the link would wait in an admin's outbox, and
 * whoever reads it there could become that person (in every practice the
 * person belongs to). Then the operator issues a reset on the server instead
 * (`tandem user reset-password`), and the request is only recorded.
 * Limited per address and per client address.
 */
export async function requestPasswordReset(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'background'>,
  input: { email: string; origin: RequestOrigin },
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
    `reset:ip:${rateLimitAddress(input.origin.sourceAddress)}`,
    RESET_TTL_MS,
    now,
  );
  if (byAddress.hits > 5 || byIp.hits > 30) return;
  deps.background.run('password-reset-mail', () => mailResetLink(deps, input, now));
}

async function mailResetLink(
  deps: Pick<Deps, 'db' | 'config'>,
  input: { email: string; origin: RequestOrigin },
  now: Date,
): Promise<void> {
  const account = await findAccountByEmail(deps.db, input.email);
  // The link is issued through the membership used last; the password it sets is the account's.
  const [user] = account?.password_hash ? await activeMembershipsOf(deps.db, account.id) : [];
  if (!account || !user) return;
  const byEmail = deps.config.smtpUrl !== null;
  await deps.db.transaction().execute(async (trx) => {
    if (byEmail) {
      const reset = await issueResetLink(trx, {
        accountId: account.id,
        through: { practiceId: user.practice_id, userId: user.id },
        publicUrl: deps.config.publicUrl,
        ttlMs: RESET_TTL_MS,
        now,
      });
      await enqueueMail(
        trx,
        {
          practiceId: user.practice_id,
          kind: 'password_reset',
          tokenId: reset.tokenId,
          to: account.email,
          ...passwordResetMail({ link: reset.link }),
        },
        { smtpConfigured: true, now },
      );
    }
    await appendAuditEvent(
      trx,
      {
        // Nobody is signed in: the request names no actor, only where it came from.
        ...auditedAs({ practiceId: user.practice_id, userId: null, role: null }, input.origin),
        action: 'auth.password.reset-requested',
        resourceType: 'user',
        resourceId: user.id,
        outcome: 'allowed',
        detail: { delivery: byEmail ? 'email' : 'none: no SMTP, the operator issues resets' },
      },
      now,
    );
  });
}

/**
 * Sets the new password, uses up the link and ends every session of the
 * person, in every practice. Audited as the person (the holder of the link).
 */
export async function completePasswordReset(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { token: string; newPassword: string; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock();
  // A wrong link costs no argon2 hash: hashing first would let anyone spend the server's CPU.
  const first = await findValidToken(deps.db, input.token, 'password_reset', now);
  const member = first
    ? await findUserInPractice(deps.db, first.practiceId, first.userId)
    : undefined;
  if (!first || !member) throw new AppError('TOKEN_INVALID', { path: 'token' });
  await checkNewPassword(deps.db, input.newPassword, member, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    const token = await findValidToken(trx, input.token, 'password_reset', now, true);
    if (!token) throw new AppError('TOKEN_INVALID', { path: 'token' });
    const user = await findUserInPractice(trx, token.practiceId, token.userId);
    if (!user || user.status !== 'active') throw new AppError('TOKEN_INVALID', { path: 'token' });
    await consumeToken(trx, token.id, now);
    await setAccountPassword(trx, user.account_id, passwordHash, now);
    await deleteSessionsOfAccount(trx, user.account_id);
    await voidResetTokensOfAccount(trx, user.account_id, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedAs(
          { practiceId: token.practiceId, userId: token.userId, role: user.role },
          input.origin,
        ),
        action: 'auth.password.reset',
        resourceType: 'user',
        resourceId: token.userId,
        outcome: 'allowed',
      },
      now,
    );
  });
}
