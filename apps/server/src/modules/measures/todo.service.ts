import { AppError, localDate, isUuid } from '@tandem/core';
import { getInstrument, validateAnswers } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { assignmentsOfClient } from './assignments.repo.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import {
  markOpened,
  materializeOccasions,
  openOccasionForUpdate,
  openOccasionsOfClient,
  saveDraft,
} from './occasions.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface TodoItem {
  occasionId: string;
  instrumentId: string;
  title: string;
  shortTitle: string;
  dueOn: string;
  closesAt: Date;
  itemCount: number;
  draft: Record<string, number | null> | null;
  draftSavedAt: Date | null;
}

/**
 * The client's measures to do now, soonest closing first. Occasions due by
 * today are made here too (besides the scheduled job), so the list is right
 * even if the server was down when one fell due.
 */
export async function myTodo(deps: ServiceDeps, actor: Actor): Promise<TodoItem[]> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.respond', actor.userId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const timeZone = await clientTimeZone(trx, scope.practiceId, scope.clientId);
    const today = localDate(now, timeZone);
    for (const assignment of await assignmentsOfClient(trx, scope)) {
      await materializeOccasions(trx, scope.practiceId, assignment, timeZone, today);
    }
    const open = await openOccasionsOfClient(trx, scope, now);
    await markOpened(
      trx,
      scope,
      open.map((occasion) => occasion.id),
      now,
    );
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.todo.read',
        resourceType: 'measure-todo',
        clientId: scope.clientId,
        outcome: 'allowed',
      },
      now,
    );
    return open.map((occasion) => {
      const definition = getInstrument(occasion.instrumentId);
      return {
        occasionId: occasion.id,
        instrumentId: occasion.instrumentId,
        title: definition?.title ?? occasion.instrumentId,
        shortTitle: definition?.shortTitle ?? occasion.instrumentId,
        dueOn: occasion.dueOn,
        closesAt: occasion.closesAt,
        itemCount: definition?.items.length ?? 0,
        draft: occasion.draft,
        draftSavedAt: occasion.draftSavedAt,
      };
    });
  });
}

/** Keeps what the client has answered so far, so nothing is lost if the page closes. */
export async function saveMyDraft(
  deps: ServiceDeps,
  actor: Actor,
  occasionId: string,
  answers: Record<string, number | null>,
): Promise<void> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.respond', actor.userId);
  if (!isUuid(occasionId)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const occasion = await openOccasionForUpdate(trx, scope, occasionId, now);
    if (!occasion) throw new AppError('MEASURE_NOT_OPEN', { path: 'occasionId' });
    if (occasion.responseId !== null) throw new AppError('MEASURE_ALREADY_ANSWERED');
    const definition = getInstrument(occasion.instrumentId);
    const [problem] = definition ? validateAnswers(definition, answers) : [];
    if (problem) {
      throw new AppError('VALIDATION_FAILED', {
        path: `answers.${problem.itemId}`,
        message: problem.message,
      });
    }
    await saveDraft(trx, scope, occasionId, answers, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.draft.save',
        resourceType: 'measure-occasion',
        resourceId: occasionId,
        clientId: scope.clientId,
        outcome: 'allowed',
      },
      now,
    );
  });
}
