import type { Kysely, Transaction } from 'kysely';
import { AppError, localDate, type Schedule } from '@tandem/core';
import { getInstrument } from '@tandem/instruments';
import type { AssignmentStatus, DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { viewOf, type AssignmentView } from './assignment-view.ts';
import {
  assignmentOfClient,
  assignmentsOfClient,
  insertAssignment,
  updateAssignment,
  type AssignmentChange,
} from './assignments.repo.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import { whyNotAssignable } from './instrument-availability.ts';
import { acceptedLicences, practiceMeasureSettings } from './instruments.repo.ts';
import { practiceInstrumentIdOf } from '../practice-instruments/practice-instrument-key.ts';
import {
  checkPracticeMeasureAssignable,
  measureNames,
} from '../practice-instruments/practice-measure.ts';
import { dayBefore, scheduleNextOccasion } from './occasion-job.ts';
import { materializeOccasions, recentOccasions } from './occasions.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface AssignInput {
  id: string;
  instrumentId: string;
  schedule: Schedule;
  startsOn: string;
  endsOn: string | null;
  windowDays: number;
  reminders: boolean;
  resultsHidden: boolean;
}

/** The measure exists, and the practice may assign it (licence, alert fallback contact). */
export async function checkAssignable(
  db: Kysely<DB>,
  practiceId: string,
  instrumentId: string,
  path = 'instrumentId',
): Promise<void> {
  if (practiceInstrumentIdOf(instrumentId) !== null) {
    return checkPracticeMeasureAssignable(db, practiceId, instrumentId, path);
  }
  const definition = getInstrument(instrumentId);
  if (!definition) {
    throw new AppError('VALIDATION_FAILED', { path, message: 'This measure does not exist.' });
  }
  const [accepted, settings] = await Promise.all([
    acceptedLicences(db, practiceId),
    practiceMeasureSettings(db, practiceId),
  ]);
  const why = whyNotAssignable(
    definition,
    accepted.has(definition.id),
    settings.alertFallbackStaffId !== null,
  );
  if (why === 'licence') throw new AppError('INSTRUMENT_LICENCE_REQUIRED', { path });
  if (why === 'fallback-contact') throw new AppError('ALERT_FALLBACK_REQUIRED', { path });
}

export function checkDates(startsOn: string, endsOn: string | null): void {
  if (endsOn !== null && endsOn < startsOn) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'endsOn',
      message: 'The end date must be on or after the start date.',
    });
  }
}

async function refuseArchived(db: Kysely<DB>, scope: ClientScope, path: string): Promise<void> {
  const record = await db
    .selectFrom('client_records')
    .select('archived_at')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .executeTakeFirstOrThrow();
  if (record.archived_at !== null) {
    throw new AppError('VALIDATION_FAILED', {
      path,
      message: 'This client is archived. Restore them first.',
    });
  }
}

/**
 * Inside the caller's transaction: stores one assignment under the caller's
 * id and makes its occasions due so far. False when the id is already
 * someone else's in the practice.
 */
export async function storeAssignment(
  trx: Transaction<DB>,
  scope: ClientScope<'client.measures.assign'>,
  input: AssignInput,
  now: Date,
): Promise<boolean> {
  await refuseArchived(trx, scope, 'clientId');
  const stored = await insertAssignment(
    trx,
    {
      ...input,
      practiceId: scope.practiceId,
      clientId: scope.clientId,
      createdBy: scope.actor.userId,
    },
    now,
  );
  if (!stored) return false;
  const assignment = await assignmentOfClient(trx, scope, input.id);
  if (!assignment) return false;
  const timeZone = await clientTimeZone(trx, scope.practiceId, scope.clientId);
  await materializeOccasions(trx, scope.practiceId, assignment, timeZone, localDate(now, timeZone));
  await scheduleNextOccasion(trx, scope.practiceId, assignment, timeZone, null);
  await appendAuditEvent(
    trx,
    {
      ...auditedBy(scope.actor),
      action: 'measure.assign',
      resourceType: 'measure-assignment',
      resourceId: input.id,
      clientId: scope.clientId,
      outcome: 'allowed',
      detail: { instrumentId: input.instrumentId },
    },
    now,
  );
  return true;
}

/** A therapist on the care team assigns a measure (201), or a retry answers the stored one (200). */
export async function assignMeasure(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  input: AssignInput,
): Promise<{ assignment: AssignmentView; created: boolean }> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.assign', clientId);
  checkDates(input.startsOn, input.endsOn);
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'measure.assign',
        submissionId: input.id,
      },
      { ...input, clientId: scope.clientId },
      now,
    );
    if (claim === 'replay') return false;
    await checkAssignable(trx, scope.practiceId, input.instrumentId);
    if (!(await storeAssignment(trx, scope, input, now))) {
      throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    return true;
  });
  const assignment = await assignmentOfClient(deps.db, scope, input.id);
  if (!assignment) throw new AppError('NOT_FOUND');
  const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
  const names = await measureNames(deps.db, scope.practiceId, [assignment.instrumentId]);
  return { assignment: viewOf(assignment, timeZone, now, [], names), created };
}

export async function listAssignments(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<{ assignments: AssignmentView[]; today: string }> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.read', clientId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const assignments = await assignmentsOfClient(trx, scope);
    const history = await recentOccasions(trx, scope, now);
    const timeZone = await clientTimeZone(trx, scope.practiceId, scope.clientId);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.assignments.read',
        resourceType: 'measure-assignment-list',
        clientId: scope.clientId,
        outcome: 'allowed',
      },
      now,
    );
    const names = await measureNames(
      trx,
      scope.practiceId,
      assignments.map((a) => a.instrumentId),
    );
    return {
      assignments: assignments.map((assignment) =>
        viewOf(assignment, timeZone, now, history, names),
      ),
      // The client's calendar date now: the form's "starts on" default (dates are in the client's zone).
      today: localDate(now, timeZone),
    };
  });
}

export interface ChangeInput extends AssignmentChange {
  version: number;
}

const allowedMoves: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  active: ['active', 'paused', 'stopped'],
  paused: ['paused', 'active', 'stopped'],
  // Stopped is final: assign again to start over, so the history stays readable.
  stopped: ['stopped'],
};

/** Pause, resume, stop or change an assignment, if nobody changed it first (version). */
export async function changeAssignment(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  assignmentId: string,
  input: ChangeInput,
): Promise<AssignmentView> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.assign', clientId);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const current = await assignmentOfClient(trx, scope, assignmentId);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { path: 'version' });
    if (input.status !== undefined && !allowedMoves[current.status].includes(input.status)) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'status',
        message: 'A stopped measure cannot be restarted. Assign it again instead.',
      });
    }
    const endsOn = input.endsOn === undefined ? current.endsOn : input.endsOn;
    checkDates(current.startsOn, endsOn);
    const { version, ...change } = input;
    if (!(await updateAssignment(trx, scope, assignmentId, version, change, now))) {
      throw new AppError('VERSION_CONFLICT', { path: 'version' });
    }
    const updated = await assignmentOfClient(trx, scope, assignmentId);
    if (updated?.status === 'active') {
      const timeZone = await clientTimeZone(trx, scope.practiceId, scope.clientId);
      const today = localDate(now, timeZone);
      await materializeOccasions(trx, scope.practiceId, updated, timeZone, today);
      // From today on, by the schedule as it now is (a job already done for a date stays done).
      await scheduleNextOccasion(trx, scope.practiceId, updated, timeZone, dayBefore(today));
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.assignment.change',
        resourceType: 'measure-assignment',
        resourceId: assignmentId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { fields: Object.keys(change).sort() },
      },
      now,
    );
  });
  const assignment = await assignmentOfClient(deps.db, scope, assignmentId);
  if (!assignment) throw new AppError('NOT_FOUND');
  const timeZone = await clientTimeZone(deps.db, scope.practiceId, scope.clientId);
  const names = await measureNames(deps.db, scope.practiceId, [assignment.instrumentId]);
  return viewOf(assignment, timeZone, now, [], names);
}
