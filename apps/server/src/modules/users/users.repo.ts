import type { Kysely, Selectable } from 'kysely';
import { isUuid, newId, type Role, type UserStatus } from '@tandem/core';
import type { AccountsTable, DB, UsersTable } from '../../db/schema.ts';

/** A membership with the address and password of its account. */
export type UserRow = Selectable<UsersTable> &
  Pick<Selectable<AccountsTable>, 'email' | 'password_hash'>;
export type AccountRow = Selectable<AccountsTable>;

function usersWithAccount(db: Kysely<DB>) {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .selectAll('u')
    .select(['a.email', 'a.password_hash']);
}

export async function findAccountByEmail(
  db: Kysely<DB>,
  email: string,
): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
}

/**
 * The practices an account may sign in to, the one used last first: active
 * memberships, except a client's whose record the therapist archived (access
 * follows the record; restoring it gives access back).
 */
export async function activeMembershipsOf(db: Kysely<DB>, accountId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('practices as p', 'p.id', 'u.practice_id')
    .select(['u.id', 'u.practice_id', 'u.role', 'p.name as practice_name'])
    .where('u.account_id', '=', accountId)
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('client_records as cr')
            .select('cr.client_id')
            .whereRef('cr.practice_id', '=', 'u.practice_id')
            .whereRef('cr.client_id', '=', 'u.id')
            .where('cr.archived_at', 'is not', null),
        ),
      ),
    )
    .orderBy('u.last_sign_in_at', (ob) => ob.desc().nullsLast())
    .orderBy('u.created_at')
    .execute();
}

/** Any one membership of the account (the one used last), whatever its status: for auditing a refusal. */
export async function anyMembershipOf(
  db: Kysely<DB>,
  accountId: string,
): Promise<Pick<UserRow, 'id' | 'practice_id' | 'role'> | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'practice_id', 'role'])
    .where('account_id', '=', accountId)
    .orderBy('last_sign_in_at', (ob) => ob.desc().nullsLast())
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}

export async function findUserInPractice(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
): Promise<UserRow | undefined> {
  // An id from a URL may be anything; only a UUID can name a user (and PostgreSQL would reject the cast).
  if (!isUuid(userId)) return undefined;
  return usersWithAccount(db)
    .where('u.practice_id', '=', practiceId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

/** Whether this practice has a member with this id (ids are only ever looked up in a practice). */
export async function userIdTaken(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('practice_id', '=', practiceId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The account of this address, created if there is none. A new account takes
 * `passwordHash` (people seeded with a password); an existing one keeps its own.
 */
export async function ensureAccount(
  db: Kysely<DB>,
  input: { email: string; passwordHash: string | null; now: Date },
): Promise<string> {
  await db
    .insertInto('accounts')
    .values({
      id: newId(),
      email: input.email,
      password_hash: input.passwordHash,
      created_at: input.now,
      updated_at: input.now,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  // The same two statements whether the address was new or known elsewhere: an
  // inviting practice must not be able to tell the two apart, not even by time.
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', input.email)
    .executeTakeFirstOrThrow();
  return account.id;
}

export interface NewUser {
  id: string;
  practiceId: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  passwordHash?: string | null;
  now: Date;
}

/**
 * Inserts a membership (and the address's account if it has none) unless the
 * id exists or the address is already a member of the practice; returns
 * whether a row was written.
 */
export async function insertUserIfNew(db: Kysely<DB>, user: NewUser): Promise<boolean> {
  const accountId = await ensureAccount(db, {
    email: user.email,
    passwordHash: user.passwordHash ?? null,
    now: user.now,
  });
  const result = await db
    .insertInto('users')
    .values({
      id: user.id,
      practice_id: user.practiceId,
      account_id: accountId,
      display_name: user.displayName,
      role: user.role,
      status: user.status,
      accepted_at: user.status === 'active' ? user.now : null,
      created_at: user.now,
      updated_at: user.now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The account's password hash, its row locked until the transaction ends. */
export async function lockAccountPassword(
  db: Kysely<DB>,
  accountId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('accounts')
    .select('password_hash')
    .where('id', '=', accountId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

/** Sets the password of the membership's account (every practice of the person). */
export async function setAccountPassword(
  db: Kysely<DB>,
  accountId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', accountId)
    .execute();
}

/** The person accepted this practice's invitation: the membership becomes active. */
export async function activateMembership(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      status: 'active',
      accepted_at: eb.fn.coalesce('accepted_at', eb.val(now)),
      updated_at: now,
    }))
    .where('practice_id', '=', practiceId)
    .where('id', '=', userId)
    .where('status', '!=', 'deactivated')
    .execute();
}

export async function recordSignIn(
  db: Kysely<DB>,
  practiceId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_sign_in_at: now })
    .where('practice_id', '=', practiceId)
    .where('id', '=', userId)
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
