import { AppError, type Role } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { SYSTEM_CHAIN } from '../audit/audit-hash.ts';
import { appendAuditEvent, appendAuditEventNow } from '../audit/audit.repo.ts';
import { rateLimitAddress } from '../ratelimit/client-address.ts';
import { rateLimitedError } from '../ratelimit/rate-limited.ts';
import { clearRateLimit, hitRateLimit, readRateLimit } from '../ratelimit/rate-limit.repo.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import { userView, type UserView } from '../users/user-view.ts';
import {
  activeMembershipsOf,
  anyMembershipOf,
  findAccountByEmail,
  recordSignIn,
} from '../users/users.repo.ts';
import { sha256Hex } from './secrets.ts';
import { verifyDecoy, verifyPassword } from './password.ts';

/** Looked up when the address is unknown, so that the refusal costs the same queries. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Failed attempts per address: slows guessing one account's password. */
export const MAX_ATTEMPTS_PER_ADDRESS = 10;
/** Failed attempts per client address: slows one machine trying many accounts. */
export const MAX_ATTEMPTS_PER_IP = 50;

/** The sign-in counter of an address (never the address itself: keys may be logged). */
export function signInAddressKey(email: string): string {
  return `sign-in:address:${sha256Hex(email)}`;
}

/**
 * Signs a person in, to the practice they used last (a person who belongs to
 * several switches with `switchPractice`). Every failure looks the same
 * (INVALID_CREDENTIALS, same work done: one argon2 verification and one audit
 * append) whether or not the address exists, has a password yet, or is
 * deactivated everywhere. A session the browser already held ends: the new one
 * gets a new id (no session fixation).
 */
export async function signIn(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: { email: string; password: string; ip: string; replacesSessionId?: string | undefined },
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  const addressKey = signInAddressKey(input.email);
  const ipKey = `sign-in:ip:${rateLimitAddress(input.ip)}`;
  // Only failures count: a clinic whose staff share one network address must not lock
  // itself out by signing in in the morning.
  const [byAddress, byIp] = await Promise.all([
    readRateLimit(deps.db, addressKey, SIGN_IN_WINDOW_MS, now),
    readRateLimit(deps.db, ipKey, SIGN_IN_WINDOW_MS, now),
  ]);
  if (byAddress.hits >= MAX_ATTEMPTS_PER_ADDRESS || byIp.hits >= MAX_ATTEMPTS_PER_IP) {
    throw rateLimitedError(
      new Date(Math.max(byAddress.resetAt.getTime(), byIp.resetAt.getTime())),
      now,
    );
  }

  const account = await findAccountByEmail(deps.db, input.email);
  const passwordOk =
    account?.password_hash != null
      ? await verifyPassword(account.password_hash, input.password)
      : await verifyDecoy(input.password);
  const memberships = account && passwordOk ? await activeMembershipsOf(deps.db, account.id) : [];
  const membership = memberships[0];
  if (!account || !passwordOk || !membership) {
    await Promise.all([
      hitRateLimit(deps.db, addressKey, SIGN_IN_WINDOW_MS, now),
      hitRateLimit(deps.db, ipKey, SIGN_IN_WINDOW_MS, now),
    ]);
    // A refusal is recorded in the practice the account used last; an unknown address on the
    // installation's own chain, without the address: the same database work either way.
    const known = await anyMembershipOf(deps.db, account?.id ?? NO_ACCOUNT);
    await appendAuditEventNow(
      deps.db,
      known
        ? {
            practiceId: known.practice_id,
            actorId: known.id,
            actorRole: known.role,
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
  return openPracticeSession(deps, {
    practiceId: membership.practice_id,
    userId: membership.id,
    role: membership.role,
    action: 'auth.sign-in',
  });
}

/**
 * Opens a session on one membership of the person, records the practice as
 * the one used last and audits the sign-in in that practice.
 */
export async function openPracticeSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  membership: { practiceId: string; userId: string; role: Role; action: string },
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  const actor = { practiceId: membership.practiceId, userId: membership.userId };
  const session = await deps.db.transaction().execute(async (trx) => {
    await recordSignIn(trx, membership.practiceId, membership.userId, now);
    await appendAuditEvent(
      trx,
      {
        practiceId: membership.practiceId,
        actorId: membership.userId,
        actorRole: membership.role,
        action: membership.action,
        resourceType: 'session',
        outcome: 'allowed',
      },
      now,
    );
    return startSession({ ...deps, db: trx }, actor);
  });
  return { user: await userView(deps.db, actor), session };
}
