import type { Kysely } from 'kysely';
import type { Role, UserStatus } from '@tandem/core';
import type { DB } from '../../db/schema.ts';

export interface SessionWithUser {
  id: string;
  practiceId: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  role: Role;
  status: UserStatus;
  consentVersion: number | null;
  currentConsentVersion: number | null;
  /** A client whose record is archived has no access to this practice. */
  archived: boolean;
}

export async function insertSession(
  db: Kysely<DB>,
  row: {
    id: string;
    practiceId: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: row.id,
      practice_id: row.practiceId,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute();
}

export async function findSession(
  db: Kysely<DB>,
  id: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 's.user_id').onRef('u.practice_id', '=', 's.practice_id'),
    )
    .leftJoin('client_records as cr', (join) =>
      join.onRef('cr.practice_id', '=', 's.practice_id').onRef('cr.client_id', '=', 's.user_id'),
    )
    .select((eb) => [
      'cr.archived_at',
      's.id',
      's.practice_id',
      's.user_id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.role',
      'u.status',
      'u.consent_version',
      eb
        .selectFrom('consent_versions as c')
        .whereRef('c.practice_id', '=', 's.practice_id')
        .select((inner) => inner.fn.max('c.version').as('v'))
        .as('current_consent_version'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    practiceId: row.practice_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    role: row.role,
    status: row.status,
    consentVersion: row.consent_version,
    currentConsentVersion: row.current_consent_version ?? null,
    archived: row.archived_at !== null,
  };
}

export async function touchSession(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  let query = db
    .deleteFrom('sessions')
    .where('practice_id', '=', practiceId)
    .where('user_id', '=', userId);
  if (exceptSessionId !== undefined) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

/** Every session of the person, in every practice they belong to (after a password change or reset). */
export async function deleteSessionsOfAccount(db: Kysely<DB>, accountId: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('users as u')
          .select('u.id')
          .whereRef('u.practice_id', '=', 'sessions.practice_id')
          .whereRef('u.id', '=', 'sessions.user_id')
          .where('u.account_id', '=', accountId),
      ),
    )
    .execute();
}

export async function deleteExpiredSessions(
  db: Kysely<DB>,
  now: Date,
  idleMs: number,
): Promise<number> {
  const idleCutoff = new Date(now.getTime() - idleMs);
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
