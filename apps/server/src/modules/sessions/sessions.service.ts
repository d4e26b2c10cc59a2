import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import type { Actor } from '../../http/actor.ts';
import { randomToken, sha256Hex } from '../auth/secrets.ts';
import {
  deleteSession,
  deleteSessionsOfAccount,
  findSession,
  insertSession,
  touchSession,
} from './sessions.repo.ts';
import { findUserInPractice } from '../users/users.repo.ts';

export interface NewSession {
  /** Goes into the httpOnly cookie; only its hash is stored. */
  cookieToken: string;
  csrfToken: string;
  /** The stored id (the cookie's hash), which audit events of the session name. */
  sessionId: string;
}

export async function startSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  user: { practiceId: string; userId: string },
): Promise<NewSession> {
  const now = deps.clock();
  const cookieToken = randomToken();
  const csrfToken = randomToken();
  const sessionId = sha256Hex(cookieToken);
  await insertSession(deps.db, {
    id: sessionId,
    practiceId: user.practiceId,
    userId: user.userId,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + deps.config.sessionMaxHours * 3_600_000),
  });
  return { cookieToken, csrfToken, sessionId };
}

export type ResolvedSession =
  { state: 'none' } | { state: 'expired' } | { state: 'active'; actor: Actor; csrfToken: string };

/** Touching last_seen_at on every request would make every read a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The session a cookie names, if it is still alive. Only what the person does
 * keeps it alive (`userActivity`): a page left open that polls in the
 * background must not keep a session open for ever on a shared computer.
 */
export async function resolveSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  cookieToken: string | undefined,
  request: { sourceAddress: string; userActivity: boolean },
): Promise<ResolvedSession> {
  if (cookieToken === undefined || cookieToken === '') return { state: 'none' };
  const id = sha256Hex(cookieToken);
  const session = await findSession(deps.db, id);
  if (!session) return { state: 'expired' };
  const now = deps.clock();
  const idleMs = deps.config.sessionIdleMinutes * 60_000;
  const idle = now.getTime() - session.lastSeenAt.getTime() > idleMs;
  if (idle || session.expiresAt <= now || session.status !== 'active' || session.archived) {
    await deleteSession(deps.db, id);
    return { state: 'expired' };
  }
  if (request.userActivity && now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(deps.db, id, now);
  }
  const consentCurrent =
    session.role !== 'client' ||
    (session.consentVersion !== null && session.consentVersion === session.currentConsentVersion);
  return {
    state: 'active',
    csrfToken: session.csrfToken,
    actor: {
      userId: session.userId,
      practiceId: session.practiceId,
      role: session.role,
      sessionId: id,
      sourceAddress: request.sourceAddress,
      consentCurrent,
    },
  };
}

export async function endSession(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await deleteSession(trx, actor.sessionId);
    await auditSignOut(trx, actor, 'auth.sign-out', deps.clock());
  });
}

/** "Sign out everywhere": every session of the person ends, on every device and in every practice. */
export async function endAllSessions(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const me = await findUserInPractice(trx, actor.practiceId, actor.userId);
    // The account's sessions include this one.
    if (me) await deleteSessionsOfAccount(trx, me.account_id);
    else await deleteSession(trx, actor.sessionId);
    await auditSignOut(trx, actor, 'auth.sign-out-everywhere', deps.clock());
  });
}

function auditSignOut(
  trx: Transaction<DB>,
  actor: Actor,
  action: 'auth.sign-out' | 'auth.sign-out-everywhere',
  now: Date,
) {
  return appendAuditEvent(
    trx,
    {
      ...auditedBy(actor),
      action,
      resourceType: 'session',
      outcome: 'allowed',
    },
    now,
  );
}
