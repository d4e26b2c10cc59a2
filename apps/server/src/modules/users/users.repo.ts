import type { Kysely, Selectable } from 'kysely';
import { isUuid, type Role, type UserStatus } from '@tandem/core';
import type { DB, UsersTable } from '../../db/schema.ts';

export type UserRow = Selectable<UsersTable>;

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserInPractice(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
): Promise<UserRow | undefined> {
  // An id from a URL may be anything; only a UUID can name a user (and PostgreSQL would reject the cast).
  if (!isUuid(userId)) return undefined;
  return db
    .selectFrom('users')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Any practice: only for the create-with-client-id replay check (ids are global UUIDs). */
export async function findUserById(db: Kysely<DB>, userId: string): Promise<UserRow | undefined> {
  if (!isUuid(userId)) return undefined;
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export interface NewUser {
  id: string;
  practiceId: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  passwordHash?: string | null;
  requestHash?: string | null;
  now: Date;
}

/** Inserts unless the id or the address exists; returns whether a row was written. */
export async function insertUserIfNew(db: Kysely<DB>, user: NewUser): Promise<boolean> {
  const result = await db
    .insertInto('users')
    .values({
      id: user.id,
      practice_id: user.practiceId,
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      status: user.status,
      password_hash: user.passwordHash ?? null,
      create_request_hash: user.requestHash ?? null,
      created_at: user.now,
      updated_at: user.now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function setUserPassword(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, status: 'active', updated_at: now })
    .where('practice_id', '=', practiceId)
    .where('id', '=', userId)
    .where('status', '!=', 'deactivated')
    .execute();
}

export async function setUserStatus(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
  status: UserStatus,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ status, updated_at: now })
    .where('practice_id', '=', practiceId)
    .where('id', '=', userId)
    .execute();
}

export async function practiceName(
  db: Kysely<DB>,
  practiceId: string,
): Promise<{ name: string; demo: boolean }> {
  const row = await db
    .selectFrom('practices')
    .select(['name', 'demo'])
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  return row;
}
