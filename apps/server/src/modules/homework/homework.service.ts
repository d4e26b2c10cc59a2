import { AppError, isUuid, localDate } from '@tandem/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { extrasFor } from './homework-extras.ts';
import { assignMeasureHomework, stopMeasureHomework } from './homework-measure.ts';
import { checkTool } from './homework-tools.ts';
import { checkGoalOfClient } from './homework-goal.ts';
import { homeworkColumn, homeworkView, type HomeworkView } from './homework-view.ts';
import {
  homeworkById,
  homeworkOf,
  insertHomework,
  updateHomework,
  visibleLinkedEntries,
  type HomeworkRow,
} from './homework.repo.ts';
import type { HomeworkChange, NewHomework } from './homework.schemas.ts';

export type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const LIST_LIMIT = 200;

export async function clientToday(db: Kysely<DB>, scope: ClientScope, now: Date): Promise<string> {
  return localDate(now, await clientTimeZone(db, scope.practiceId, scope.clientId));
}

function checkDueOn(dueOn: string, today: string): void {
  if (dueOn < today) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'dueOn',
      message: "The due date cannot be before the client's today.",
    });
  }
}

export const blankToNull = (text: string | null): string | null =>
  text === null || text.trim() === '' ? null : text;

/** Reads homework back as this reader sees it (the linked entry only when they may see it). */
export async function viewsFor(
  deps: ServiceDeps,
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  rows: readonly HomeworkRow[],
  today: string,
): Promise<HomeworkView[]> {
  const links = rows.flatMap((row) =>
    row.linkedEntryKind !== null && row.linkedEntryId !== null
      ? [{ kind: row.linkedEntryKind, id: row.linkedEntryId }]
      : [],
  );
  const visible =
    links.length === 0
      ? new Set<string>()
      : await visibleLinkedEntries(
          db,
          await requireClientAccess(deps, actor, 'client.entries.read', clientId),
          links,
        );
  const extras = await extrasFor(deps, db, actor, clientId, rows);
  return rows.map((row) => homeworkView(deps.cipher, row, today, visible, extras.get(row.id)));
}

/**
 * A therapist on the care team sets homework: a tool, a due date in the
 * client's calendar and a note. The id is made on the therapist's device: a
 * retry answers the stored homework (200) and creates nothing.
 */
export async function assignHomework(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  input: NewHomework,
): Promise<{ created: boolean; homework: HomeworkView }> {
  const scope = await requireClientAccess(deps, actor, 'client.homework.assign', clientId);
  // A measure set as homework is also a measure assignment: the measures rule applies too.
  const measureScope =
    input.tool.kind === 'measure'
      ? await requireClientAccess(deps, actor, 'client.measures.assign', clientId)
      : null;
  checkTool(input.tool);
  const now = deps.clock();
  const note = blankToNull(input.note);
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'homework.assign',
        submissionId: input.id,
      },
      { ...input, note, clientId: scope.clientId },
      now,
    );
    const today = await clientToday(trx, scope, now);
    if (claim === 'new') {
      checkDueOn(input.dueOn, today);
      if (input.goalId != null) await checkGoalOfClient(trx, scope, input.goalId);
      const stored = await insertHomework(
        trx,
        scope,
        {
          id: input.id,
          toolKind: input.tool.kind,
          toolKey: 'key' in input.tool ? input.tool.key : null,
          otherTask:
            input.tool.kind === 'other'
              ? deps.cipher.seal(input.tool.task, {
                  column: homeworkColumn.otherTask,
                  rowId: input.id,
                })
              : null,
          dueOn: input.dueOn,
          note:
            note === null
              ? null
              : deps.cipher.seal(note, { column: homeworkColumn.note, rowId: input.id }),
          goalId: input.goalId ?? null,
        },
        now,
      );
      if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
      if (input.tool.kind === 'measure' && measureScope !== null) {
        await assignMeasureHomework(
          trx,
          measureScope,
          { id: input.id, instrumentId: input.tool.key, dueOn: input.dueOn, today },
          now,
        );
      }
    }
    const row = await homeworkById(trx, scope, input.id);
    if (!row) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'homework.assign',
        resourceType: 'homework',
        resourceId: input.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { replay: claim === 'replay', tool: input.tool.kind },
      },
      now,
    );
    return {
      created: claim === 'new',
      homework: (await viewsFor(deps, trx, actor, scope.clientId, [row], today))[0]!,
    };
  });
}

async function listFor(
  deps: ServiceDeps,
  actor: Actor,
  scope: ClientScope<'client.homework.read'>,
): Promise<{ homework: HomeworkView[]; today: string }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await homeworkOf(trx, scope, { limit: LIST_LIMIT });
    const today = await clientToday(trx, scope, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'homework.list',
        resourceType: 'homework',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      now,
    );
    // The client's list leaves out what the therapist cancelled.
    const shown = actor.role === 'client' ? rows.filter((r) => r.status !== 'cancelled') : rows;
    return { homework: await viewsFor(deps, trx, actor, scope.clientId, shown, today), today };
  });
}

/** The care team's (and supervisors') list of a client's homework, with how each went. */
export async function clientHomework(deps: ServiceDeps, actor: Actor, clientId: string) {
  const scope = await requireClientAccess(deps, actor, 'client.homework.read', clientId);
  return listFor(deps, actor, scope);
}

/** The client's own homework (not what was cancelled). */
export async function myHomework(deps: ServiceDeps, actor: Actor) {
  const scope = await requireClientAccess(deps, actor, 'client.homework.read', actor.userId);
  return listFor(deps, actor, scope);
}

/** The therapist changes the due date or note of waiting homework, or cancels it. */
export async function changeHomework(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  homeworkId: string,
  change: HomeworkChange,
): Promise<HomeworkView> {
  const scope = await requireClientAccess(deps, actor, 'client.homework.assign', clientId);
  if (!isUuid(homeworkId)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await homeworkById(trx, scope, homeworkId);
    if (!current) throw new AppError('NOT_FOUND');
    const today = await clientToday(trx, scope, now);
    const changesSomething =
      change.cancel === true || change.dueOn !== undefined || change.note !== undefined;
    // Only waiting homework changes: what the client answered stays as they answered it.
    if (changesSomething && current.status !== 'waiting') {
      throw new AppError('HOMEWORK_NOT_OPEN', { path: 'cancel' });
    }
    if (change.dueOn !== undefined && change.dueOn !== current.dueOn) {
      checkDueOn(change.dueOn, today);
      if (current.toolKind === 'measure') {
        throw new AppError('VALIDATION_FAILED', {
          path: 'dueOn',
          message:
            "A questionnaire's dates are set when it is assigned: cancel it and set it again.",
        });
      }
    }
    if (change.cancel === true && current.toolKind === 'measure') {
      const measureScope = await requireClientAccess(
        deps,
        actor,
        'client.measures.assign',
        clientId,
      );
      await stopMeasureHomework(trx, measureScope, homeworkId, now);
    }
    const note = change.note === undefined ? undefined : blankToNull(change.note);
    await updateHomework(
      trx,
      scope,
      homeworkId,
      {
        dueOn: change.dueOn,
        note:
          note === undefined
            ? undefined
            : note === null
              ? null
              : deps.cipher.seal(note, { column: homeworkColumn.note, rowId: homeworkId }),
        status: change.cancel === true ? 'cancelled' : undefined,
      },
      now,
    );
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'homework.change',
        resourceType: 'homework',
        resourceId: homeworkId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { fields: Object.keys(change).sort() },
      },
      now,
    );
    const row = await homeworkById(trx, scope, homeworkId);
    if (!row) throw new AppError('NOT_FOUND');
    return (await viewsFor(deps, trx, actor, scope.clientId, [row], today))[0]!;
  });
}

/** For the timeline: homework the client answered since `since`, as this reader sees it. */
export async function homeworkAnsweredSince(
  deps: ServiceDeps,
  db: Kysely<DB>,
  actor: Actor,
  scope: ClientScope<'client.homework.read'>,
  since: Date,
  limit: number,
): Promise<HomeworkView[]> {
  const rows = await homeworkOf(db, scope, { limit, answeredSince: since });
  const today = await clientToday(db, scope, deps.clock());
  return viewsFor(deps, db, actor, scope.clientId, rows, today);
}
