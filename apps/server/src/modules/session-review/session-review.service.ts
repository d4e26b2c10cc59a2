import { AppError, isUuid, localDate } from '@tandem/core';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { measureNames } from '../practice-instruments/practice-measure.ts';
import {
  insertReview,
  lockGoalOfClient,
  replaceGoalMeasures,
  reviewsOf,
} from './session-review.repo.ts';
import type { GoalMeasures, NewSessionReview } from './session-review.schemas.ts';
import {
  buildReview,
  decisionColumn,
  type ServiceDeps,
  type SessionReview,
} from './session-review-read.ts';

const YEAR_DAYS = 366;
const DAY_MS = 86_400_000;

export interface ReviewView {
  id: string;
  heldOn: string;
  decision: string;
  createdAt: string;
  createdBy: { displayName: string };
}

/**
 * The session review: the client's goal ratings, the homework set and how it
 * went, and the scores of the measures the goals should move, on one time
 * axis, with the decisions of earlier reviews. The care team and their
 * supervisors; never the client (the decisions are the therapist's notes) or
 * an admin.
 */
export async function sessionReview(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  since: string | undefined,
): Promise<SessionReview> {
  const scope = await requireClientAccess(deps, actor, 'client.review.read', clientId);
  const now = deps.clock();
  if (since !== undefined) {
    const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
    const today = localDate(now, timeZone);
    const earliest = localDate(new Date(now.getTime() - YEAR_DAYS * DAY_MS), timeZone);
    if (since > today || since < earliest) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'since',
        message: 'Choose a day of the past year.',
      });
    }
  }
  return deps.db.transaction().execute(async (trx) => {
    const review = await buildReview(deps, trx, actor, scope, since, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'session-review.read',
        resourceType: 'session-review',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: {
          since: review.since,
          goals: review.goals.length,
          homework: review.homework.length,
          reviews: review.reviews.length,
        },
      },
      now,
    );
    return review;
  });
}

/**
 * The therapist records what was decided in a session's review. The id is
 * made on the therapist's device: a retry answers the stored review (200).
 */
export async function recordSessionReview(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  input: NewSessionReview,
): Promise<{ created: boolean; review: ReviewView }> {
  const scope = await requireClientAccess(deps, actor, 'client.review.edit', clientId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'session-review.record',
        submissionId: input.id,
      },
      { ...input, clientId: scope.clientId },
      now,
    );
    if (claim === 'new') {
      const timeZone = await clientTimeZone(trx, scope.practiceId, scope.clientId);
      const today = localDate(now, timeZone);
      const earliest = localDate(new Date(now.getTime() - YEAR_DAYS * DAY_MS), timeZone);
      if (input.heldOn > today || input.heldOn < earliest) {
        throw new AppError('VALIDATION_FAILED', {
          path: 'heldOn',
          message: 'Choose the day of a session of the past year, not one ahead.',
        });
      }
      const stored = await insertReview(
        trx,
        scope,
        {
          id: input.id,
          heldOn: input.heldOn,
          decision: deps.cipher.seal(input.decision, { column: decisionColumn, rowId: input.id }),
        },
        now,
      );
      if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    const [row] = await reviewsOf(trx, scope, { limit: 1, id: input.id });
    if (!row) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'session-review.record',
        resourceType: 'session-review',
        resourceId: input.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { heldOn: row.heldOn, replay: claim === 'replay' },
      },
      now,
    );
    return {
      created: claim === 'new',
      review: {
        id: row.id,
        heldOn: row.heldOn,
        decision: deps.cipher.open(row.decision, { column: decisionColumn, rowId: row.id }),
        createdAt: row.createdAt.toISOString(),
        createdBy: { displayName: row.createdBy },
      },
    };
  });
}

/**
 * The care team links the measures a goal should move (replacing the set; the
 * same set again changes nothing). Each must be a measure the practice knows.
 */
export async function saveGoalMeasures(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  goalId: string,
  input: GoalMeasures,
): Promise<{ goalId: string; instrumentIds: string[] }> {
  const scope = await requireClientAccess(deps, actor, 'client.review.edit', clientId);
  if (!isUuid(goalId)) throw new AppError('NOT_FOUND');
  const ids = [...new Set(input.instrumentIds)].sort();
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await lockGoalOfClient(trx, scope, goalId))) throw new AppError('NOT_FOUND');
    const names = await measureNames(trx, scope.practiceId, ids);
    const unknown = input.instrumentIds.findIndex((id) => !names.has(id));
    if (unknown >= 0) {
      throw new AppError('VALIDATION_FAILED', {
        path: `instrumentIds.${unknown}`,
        message: 'Choose a measure of this practice.',
      });
    }
    await replaceGoalMeasures(trx, scope, goalId, ids, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'goal.measures.save',
        resourceType: 'goal',
        resourceId: goalId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: ids.length },
      },
      now,
    );
    return { goalId, instrumentIds: ids };
  });
}
