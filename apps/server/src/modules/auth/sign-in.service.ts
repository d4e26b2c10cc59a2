import { AppError, type Role } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { RequestOrigin } from '../../http/actor.ts';
import { SYSTEM_CHAIN } from '../audit/audit-hash.ts';
import { appendAuditEvent, appendAuditEventNow } from '../audit/audit.repo.ts';
import { auditedAs } from '../audit/audited-by.ts';
import { rateLimitedError } from '../ratelimit/rate-limited.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import { userView, type UserView } from '../users/user-view.ts';
import {
  activeMembershipsOf,
  anyMembershipOf,
  findAccountByEmail,
  recordSignIn,
} from '../users/users.repo.ts';
import { verifyDecoy, verifyPassword } from './password.ts';
import { claimSignInAttempt, signInThrottleKeys } from './sign-in-throttle.ts';

/** Looked up when the address is unknown, so that the refusal costs the same queries. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * Signs a person in, to the practice they used last (a person who belongs to
 * several switches with `switchPractice`). Every failure looks the same
 * (INVALID_CREDENTIALS, same work done: one argon2 verification and one audit
 * append) whether or not the address exists, has a password yet, or is
 * deactivated everywhere. Guessing is slowed by sign-in-throttle.ts; a
 * refusal says when to try again and is audited like a failure. A session the
 * browser already held ends: the new one gets a new id (no session fixation).
 */
export async function signIn(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: { email: string; password: string; origin: RequestOrigin },
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  const claim = await claimSignInAttempt(
    deps.db,
    signInThrottleKeys(input.email, input.origin.sourceAddress),
    now,
  );
  if (!claim.allowed) {
    await auditRefusedSignIn(deps, input, { reason: 'rate-limited', by: claim.by });
    throw rateLimitedError(claim.retryAt, now);
  }

  const account = await findAccountByEmail(deps.db, input.email);
  const passwordOk =
    account?.password_hash != null
      ? await verifyPassword(account.password_hash, input.password)
      : await verifyDecoy(input.password);
  const memberships = account && passwordOk ? await activeMembershipsOf(deps.db, account.id) : [];
  const membership = memberships[0];
  if (!account || !passwordOk || !membership) {
    await claim.settle('failure');
    await auditRefusedSignIn(deps, input, { reason: 'invalid-credentials' });
    throw new AppError('INVALID_CREDENTIALS');
  }

  await claim.settle('success');
  if (input.origin.sessionId !== null) await deleteSession(deps.db, input.origin.sessionId);
  return openPracticeSession(deps, {
    practiceId: membership.practice_id,
    userId: membership.id,
    role: membership.role,
    action: 'auth.sign-in',
    origin: input.origin,
  });
}

/**
 * A refusal is recorded in the practice the account used last; an unknown
 * address on the installation's own chain, without the address: the same
 * database work either way.
 */
async function auditRefusedSignIn(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { email: string; origin: RequestOrigin },
  detail: Record<string, unknown>,
): Promise<void> {
  const account = await findAccountByEmail(deps.db, input.email);
  const known = await anyMembershipOf(deps.db, account?.id ?? NO_ACCOUNT);
  await appendAuditEventNow(
    deps.db,
    {
      ...auditedAs(
        known
          ? { practiceId: known.practice_id, userId: known.id, role: known.role }
          : { practiceId: SYSTEM_CHAIN, userId: null, role: null },
        input.origin,
      ),
      action: 'auth.sign-in',
      resourceType: 'session',
      outcome: 'denied',
      detail,
    },
    deps.clock(),
  );
}

/**
 * Opens a session on one membership of the person, records the practice as
 * the one used last and audits the sign-in in that practice.
 */
export async function openPracticeSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  membership: {
    practiceId: string;
    userId: string;
    role: Role;
    action: 'auth.sign-in' | 'auth.switch-practice';
    origin: RequestOrigin;
  },
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  const actor = { practiceId: membership.practiceId, userId: membership.userId };
  const session = await deps.db.transaction().execute(async (trx) => {
    await recordSignIn(trx, membership.practiceId, membership.userId, now);
    const started = await startSession({ ...deps, db: trx }, actor);
    await appendAuditEvent(
      trx,
      {
        ...auditedAs(
          { practiceId: membership.practiceId, userId: membership.userId, role: membership.role },
          { sourceAddress: membership.origin.sourceAddress, sessionId: started.sessionId },
        ),
        action: membership.action,
        resourceType: 'session',
        outcome: 'allowed',
      },
      now,
    );
    return started;
  });
  return { user: await userView(deps.db, actor), session };
}
