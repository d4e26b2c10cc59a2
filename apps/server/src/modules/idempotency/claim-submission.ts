import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { sha256Hex } from '../auth/secrets.ts';

/** Operations whose creates are idempotent by a client-generated id. */
export type IdempotentOperation =
  | 'client.invite'
  | 'staff.create'
  | 'measure.assign'
  | 'measure.assign-bulk'
  | 'measure.submit'
  | 'instrument.import'
  | 'check-in.create'
  | 'journal.create'
  | 'worksheet.create'
  | 'skill-practice.create'
  | 'insight.share'
  | 'homework.assign'
  | 'goal.create'
  | 'goal.rate'
  | 'exposure-hierarchy.create'
  | 'exposure-practice.create'
  | 'activity.plan'
  | 'session-review.record'
  | 'group.create'
  | 'group.own-goal.save'
  | 'group.safety-check.answer';

export interface SubmissionKey {
  practiceId: string;
  actorId: string;
  operation: IdempotentOperation;
  /** The id the client generated for what it creates. */
  submissionId: string;
}

/**
 * Records a submission the first time it is seen, inside the caller's
 * transaction: 'new' means go ahead and create; 'replay' means this very
 * request was already done (answer the stored result, create nothing). The
 * same id with a different body is SUBMISSION_ID_REUSED. Keys are scoped to
 * (practice, actor, operation), so an id says nothing across practices or
 * people: nobody learns that someone else used it. Two identical requests at
 * once: the second waits on the key's row until the first commits, then
 * replays.
 */
export async function claimSubmission(
  db: Kysely<DB>,
  key: SubmissionKey,
  request: Record<string, unknown>,
  now: Date,
): Promise<'new' | 'replay'> {
  const requestHash = sha256Hex(canonicalJson(request));
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      practice_id: key.practiceId,
      actor_id: key.actorId,
      operation: key.operation,
      submission_id: key.submissionId,
      request_hash: requestHash,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('submission_id')
    .executeTakeFirst();
  if (inserted) return 'new';
  const stored = await db
    .selectFrom('idempotency_keys')
    .select('request_hash')
    .where('practice_id', '=', key.practiceId)
    .where('actor_id', '=', key.actorId)
    .where('operation', '=', key.operation)
    .where('submission_id', '=', key.submissionId)
    .executeTakeFirstOrThrow();
  if (stored.request_hash === requestHash) return 'replay';
  throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
}
