import { createHash } from 'node:crypto';
import { AppError, type Schedule } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { viewOf, type AssignmentView } from './assignment-view.ts';
import { assignmentOfClient } from './assignments.repo.ts';
import { checkAssignable, storeAssignment } from './assignments.service.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import { measureNames } from '../practice-instruments/practice-measure.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface BulkAssignInput {
  id: string;
  clientIds: string[];
  instrumentIds: string[];
  schedule: Schedule;
  startsOn: string;
  windowDays: number;
}

/**
 * The id of one assignment made by a bulk request: derived from the
 * request's id, the client and the measure, so a retry finds the same ones.
 */
export function bulkAssignmentId(bulkId: string, clientId: string, instrumentId: string): string {
  const hex = createHash('sha256').update(`${bulkId}:${clientId}:${instrumentId}`).digest('hex');
  // Shaped as a version-4-style UUID (the variant and version nibbles set).
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A starter set (e.g. PHQ-9 + GAD-7) to several clients at once, all or
 * nothing: one client out of reach (404, naming which) or one measure that
 * cannot be assigned stops the whole request.
 */
export async function bulkAssign(
  deps: ServiceDeps,
  actor: Actor,
  input: BulkAssignInput,
): Promise<{ assignments: AssignmentView[]; created: boolean }> {
  const clientIds = [...new Set(input.clientIds)];
  const instrumentIds = [...new Set(input.instrumentIds)];
  const scopes: ClientScope<'client.measures.assign'>[] = [];
  for (const [index, clientId] of clientIds.entries()) {
    try {
      scopes.push(await requireClientAccess(deps, actor, 'client.measures.assign', clientId));
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.code, { path: `clientIds.${index}` });
      throw error;
    }
  }
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        operation: 'measure.assign-bulk',
        submissionId: input.id,
      },
      { ...input, clientIds, instrumentIds },
      now,
    );
    if (claim === 'replay') return false;
    for (const [index, instrumentId] of instrumentIds.entries()) {
      await checkAssignable(trx, actor.practiceId, instrumentId, `instrumentIds.${index}`);
    }
    for (const scope of scopes) {
      for (const instrumentId of instrumentIds) {
        const stored = await storeAssignment(
          trx,
          scope,
          {
            id: bulkAssignmentId(input.id, scope.clientId, instrumentId),
            instrumentId,
            schedule: input.schedule,
            startsOn: input.startsOn,
            endsOn: null,
            windowDays: input.windowDays,
            reminders: true,
            resultsHidden: false,
          },
          now,
        );
        if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
      }
    }
    return true;
  });
  const assignments: AssignmentView[] = [];
  const names = await measureNames(deps.db, actor.practiceId, instrumentIds);
  for (const scope of scopes) {
    const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
    for (const instrumentId of instrumentIds) {
      const id = bulkAssignmentId(input.id, scope.clientId, instrumentId);
      const assignment = await assignmentOfClient(deps.db, scope, id);
      if (assignment) assignments.push(viewOf(assignment, timeZone, now, [], names));
    }
  }
  return { assignments, created };
}
