import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { SYSTEM_CHAIN } from '../audit/audit-hash.ts';
import { appendAuditEventNow } from '../audit/audit.repo.ts';
import { rateLimitAddress } from '../ratelimit/client-address.ts';
import { hitRateLimit, clearRateLimit } from '../ratelimit/rate-limit.repo.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import { userView, type UserView } from '../users/user-view.ts';
import { findUserByEmail } from '../users/users.repo.ts';
import { sha256Hex } from './secrets.ts';
import { verifyDecoy, verifyPassword } from './password.ts';

const WINDOW_MS = 15 * 60_000;
/** Per address: slows guessing one account's password. */
export const MAX_ATTEMPTS_PER_ADDRESS = 10;
/** Per client address: slows one machine trying many accounts. */
export const MAX_ATTEMPTS_PER_IP = 50;

/**
 * Signs a person in. Every failure looks the same (INVALID_CREDENTIALS, same
 * work done: one argon2 verification and one audit append) whether or not the
 * address exists, has a password yet, or is deactivated. A session the browser
 * already held ends: the new one gets a new id (no session fixation).
 */
export async function signIn(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: { email: string; password: string; ip: string; replacesSessionId?: string | undefined },
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  const addressKey = `sign-in:address:${sha256Hex(input.email)}`;
  const [byAddress, byIp] = await Promise.all([
    hitRateLimit(deps.db, addressKey, WINDOW_MS, now),
    hitRateLimit(deps.db, `sign-in:ip:${rateLimitAddress(input.ip)}`, WINDOW_MS, now),
  ]);
  if (byAddress.hits > MAX_ATTEMPTS_PER_ADDRESS || byIp.hits > MAX_ATTEMPTS_PER_IP) {
    const resetAt = Math.max(byAddress.resetAt.getTime(), byIp.resetAt.getTime());
    throw new AppError('RATE_LIMITED', {
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000)),
    });
  }

  const user = await findUserByEmail(deps.db, input.email);
  const passwordOk =
    user?.password_hash != null
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyDecoy(input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    // An unknown address is recorded on the installation's own chain, without the
    // address: the same database work as a known one, so timing tells nothing.
    await appendAuditEventNow(
      deps.db,
      user
        ? {
            practiceId: user.practice_id,
            actorId: user.id,
            actorRole: user.role,
            action: 'auth.sign-in',
            resourceType: 'session',
            outcome: 'denied',
          }
        : {
            practiceId: SYSTEM_CHAIN,
            actorId: null,
            actorRole: null,
            action: 'auth.sign-in',
            resourceType: 'session',
            outcome: 'denied',
          },
      now,
    );
    throw new AppError('INVALID_CREDENTIALS');
  }

  await clearRateLimit(deps.db, addressKey);
  if (input.replacesSessionId !== undefined) await deleteSession(deps.db, input.replacesSessionId);
  const actor = { practiceId: user.practice_id, userId: user.id };
  const session = await startSession(deps, actor);
  await appendAuditEventNow(
    deps.db,
    {
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.sign-in',
      resourceType: 'session',
      outcome: 'allowed',
    },
    now,
  );
  return { user: await userView(deps.db, actor), session };
}
