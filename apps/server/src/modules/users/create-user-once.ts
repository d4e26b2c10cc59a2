import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import { claimSubmission, type SubmissionKey } from '../idempotency/claim-submission.ts';
import { insertUserIfNew, userIdTaken, type NewUser } from './users.repo.ts';

/**
 * Creates a member under the id the caller generated, so that a retried
 * request never creates a second one: 'replay' when this request was done
 * before (nothing is written), SUBMISSION_ID_REUSED for the same id with
 * another request, EMAIL_IN_USE for an address that is already a member of
 * this practice. An address with an account in another practice is no
 * conflict: the person gets a membership here, and the caller learns nothing
 * about elsewhere. Run it in a transaction: a refused insert must not leave a
 * new account or a claimed key behind.
 */
export async function createUserOnce(
  db: Kysely<DB>,
  user: NewUser,
  submission: Omit<SubmissionKey, 'practiceId' | 'submissionId'> & {
    request: Record<string, unknown>;
  },
): Promise<'created' | 'replay'> {
  const claim = await claimSubmission(
    db,
    {
      practiceId: user.practiceId,
      actorId: submission.actorId,
      operation: submission.operation,
      submissionId: user.id,
    },
    submission.request,
    user.now,
  );
  if (claim === 'replay') return 'replay';
  if (await insertUserIfNew(db, user)) return 'created';
  // Someone else in this practice created something under this id; an id is only
  // ever looked up inside the practice, so this says nothing about other practices.
  if (await userIdTaken(db, user.practiceId, user.id)) {
    throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
  }
  throw new AppError('EMAIL_IN_USE', { path: 'email' });
}
