import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import { findUserById, insertUserIfNew, type NewUser } from './users.repo.ts';

/**
 * Creates a user under the id the caller generated, so that a retried request
 * never creates a second one: the same id with the same request answers
 * "already there" (false), the same id with another request is
 * SUBMISSION_ID_REUSED, and a new id with an address that is already a
 * member of this practice is EMAIL_IN_USE. An address with an account in
 * another practice is no conflict: the person gets a membership here, and the
 * caller learns nothing about elsewhere. Run it in a transaction: a refused
 * insert must not leave a new account behind.
 */
export async function createUserOnce(
  db: Kysely<DB>,
  user: NewUser & { requestHash: string },
): Promise<boolean> {
  if (await insertUserIfNew(db, user)) return true;
  const existing = await findUserById(db, user.id);
  if (
    existing?.practice_id === user.practiceId &&
    existing.create_request_hash === user.requestHash
  ) {
    return false;
  }
  if (existing) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
  throw new AppError('EMAIL_IN_USE', { path: 'email' });
}
