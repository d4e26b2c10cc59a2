import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { rateLimitAddress } from '../ratelimit/client-address.ts';
import { returnRateLimitSlot, takeRateLimitSlot } from '../ratelimit/rate-limit.repo.ts';
import { sha256Hex } from './secrets.ts';

/**
 * How password guessing is slowed (ADR 0009). Every attempt first claims its
 * right to be checked, in one atomic statement per counter, so 100 attempts
 * at once get exactly the checks the policy allows; a success gives the claim
 * back, so only failures count.
 *
 * - Per account: the first 5 failures since the last success are free; after
 *   that each attempt must wait for a delay that doubles with every failure
 *   (1 s, 2 s, 4 s, …) up to 5 minutes. An attacker gets a few hundred
 *   guesses a day at most; the real person is never shut out for longer than
 *   the current delay, and the message says how long that is. Failures are
 *   forgotten 24 hours after the last one.
 * - Per client address (an IPv6 client by its /64): 50 failures per 15
 *   minutes, whichever accounts they were for: one machine trying many
 *   accounts.
 */
export const SIGN_IN_POLICY = {
  freeFailuresPerAccount: 5,
  firstDelaySeconds: 1,
  maxDelaySeconds: 300,
  forgetFailuresAfterMs: 24 * 3_600_000,
  perClientAddress: { max: 50, windowMs: 15 * 60_000 },
} as const;

export interface ThrottleKeys {
  account: string;
  clientAddress: string;
}

/** The counters of one attempt (never the address itself: keys may be logged). */
export function signInThrottleKeys(email: string, ip: string): ThrottleKeys {
  return {
    account: `sign-in:account:${sha256Hex(email)}`,
    clientAddress: `sign-in:ip:${rateLimitAddress(ip)}`,
  };
}

export type SignInClaim =
  | { allowed: true; settle(outcome: 'success' | 'failure'): Promise<void> }
  | { allowed: false; retryAt: Date; by: 'account' | 'client-address' };

/**
 * Claims one checked attempt, or says when the next may come. Call
 * `settle('success')` after a right password (the claims are given back and
 * the account's failures forgotten) and `settle('failure')` after a wrong one
 * (nothing to do: the claim already counted it).
 */
export async function claimSignInAttempt(
  db: Kysely<DB>,
  keys: ThrottleKeys,
  now: Date,
): Promise<SignInClaim> {
  const byAddress = await takeRateLimitSlot(
    db,
    keys.clientAddress,
    SIGN_IN_POLICY.perClientAddress,
    now,
  );
  if (!byAddress.taken) return { allowed: false, retryAt: byAddress.resetAt, by: 'client-address' };
  const byAccount = await claimAccountAttempt(db, keys.account, now);
  if (byAccount !== null) {
    await returnRateLimitSlot(db, keys.clientAddress);
    return { allowed: false, retryAt: byAccount, by: 'account' };
  }
  return {
    allowed: true,
    async settle(outcome) {
      if (outcome === 'failure') return;
      await db.deleteFrom('login_throttle').where('key', '=', keys.account).execute();
      await returnRateLimitSlot(db, keys.clientAddress);
    },
  };
}

/**
 * The account's counter: counts this attempt and sets when the next may come,
 * or refuses (returns when it may come) when that time has not come yet.
 */
async function claimAccountAttempt(db: Kysely<DB>, key: string, now: Date): Promise<Date | null> {
  const forgetBefore = new Date(now.getTime() - SIGN_IN_POLICY.forgetFailuresAfterMs);
  const failures = sql<number>`case when login_throttle.updated_at < ${forgetBefore} then 1 else login_throttle.failures + 1 end`;
  const claimed = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, next_attempt_at: nextAttemptAt(now, 1), updated_at: now })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          failures,
          next_attempt_at: sql<Date>`${now}::timestamptz + make_interval(secs => ${delaySql(failures)})`,
          updated_at: now,
        })
        // Free failures never wait: attempts that are still free go ahead even when a
        // concurrent one (whose clock read came a moment later) set next_attempt_at
        // just after this attempt's `now`.
        .where((eb) =>
          eb.or([
            eb('login_throttle.failures', '<', SIGN_IN_POLICY.freeFailuresPerAccount),
            eb('login_throttle.next_attempt_at', '<=', now),
            eb('login_throttle.updated_at', '<', forgetBefore),
          ]),
        ),
    )
    .returning('failures')
    .executeTakeFirst();
  if (claimed) return null;
  const row = await db
    .selectFrom('login_throttle')
    .select('next_attempt_at')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.next_attempt_at ?? now;
}

/**
 * Seconds to wait after `failures` failures: none for the free ones, then
 * doubling from the first delay up to the cap.
 *
 * @example delayAfter(5) // 1
 * @example delayAfter(7) // 4
 */
export function delayAfter(failures: number): number {
  const { freeFailuresPerAccount, firstDelaySeconds, maxDelaySeconds } = SIGN_IN_POLICY;
  if (failures < freeFailuresPerAccount) return 0;
  const doublings = failures - freeFailuresPerAccount;
  // 2^9 already passes the cap; stop before the number grows without need.
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** Math.min(doublings, 20));
}

function nextAttemptAt(now: Date, failures: number): Date {
  return new Date(now.getTime() + delayAfter(failures) * 1000);
}

/** delayAfter in SQL, for the atomic update (the same numbers, from SIGN_IN_POLICY). */
function delaySql(failures: ReturnType<typeof sql<number>>) {
  const { freeFailuresPerAccount, firstDelaySeconds, maxDelaySeconds } = SIGN_IN_POLICY;
  return sql<number>`case when ${failures} < ${freeFailuresPerAccount}::int then 0::float8
    else least(${maxDelaySeconds}::float8, ${firstDelaySeconds}::float8 * power(2::float8, least(${failures} - ${freeFailuresPerAccount}::int, 20)))
    end`;
}
