import { AppError, localDate, isUuid } from '@tandem/core';
import { getInstrument, validateAnswers } from '@tandem/instruments';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import {
  draftProblem,
  type DraftProblem,
  type DraftValue,
} from '../practice-instruments/draft-answers.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { assignmentsOfClient } from './assignments.repo.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import { practiceMeasure, questionCount } from '../practice-instruments/practice-measure.ts';
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
  draft: Record<string, DraftValue> | null;
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
    const practiceMeasures = new Map<string, { title: string; itemCount: number }>();
    for (const key of new Set(open.map((occasion) => occasion.instrumentId))) {
      const measure = await practiceMeasure(trx, scope.practiceId, key);
      if (measure)
        practiceMeasures.set(key, { title: measure.title, itemCount: questionCount(measure) });
    }
    return open.map((occasion) => {
      const definition = getInstrument(occasion.instrumentId);
      const own = practiceMeasures.get(occasion.instrumentId);
      return {
        occasionId: occasion.id,
        instrumentId: occasion.instrumentId,
        title: definition?.title ?? own?.title ?? occasion.instrumentId,
        shortTitle: definition?.shortTitle ?? own?.title ?? occasion.instrumentId,
        dueOn: occasion.dueOn,
        closesAt: occasion.closesAt,
        itemCount: definition?.items.length ?? own?.itemCount ?? 0,
        draft: occasion.draft,
        draftSavedAt: occasion.draftSavedAt,
      };
    });
  });
}

/**
 * A built-in instrument's draft holds its items' numbers, checked as answers
 * are; a practice instrument's holds answers by linkId, checked against the
 * exact version the occasion asks.
 */
async function draftProblemOf(
  db: Kysely<DB>,
  practiceId: string,
  instrumentId: string,
  answers: Record<string, DraftValue>,
): Promise<DraftProblem | null> {
  const definition = getInstrument(instrumentId);
  if (definition) {
    const numbers: Record<string, number | null> = {};
    for (const [itemId, value] of Object.entries(answers)) {
      if (value !== null && typeof value !== 'number') {
        return { linkId: itemId, message: 'Choose one of the answers.' };
      }
      numbers[itemId] = value;
    }
    const [problem] = validateAnswers(definition, numbers);
    return problem ? { linkId: problem.itemId, message: problem.message } : null;
  }
  const measure = await practiceMeasure(db, practiceId, instrumentId);
  if (!measure) return { linkId: '', message: 'This measure does not exist.' };
  return draftProblem(measure.scorer.index, answers);
}

/** Keeps what the client has answered so far, so nothing is lost if the page closes. */
export async function saveMyDraft(
  deps: ServiceDeps,
  actor: Actor,
  occasionId: string,
  answers: Record<string, DraftValue>,
): Promise<void> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.respond', actor.userId);
  if (!isUuid(occasionId)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const occasion = await openOccasionForUpdate(trx, scope, occasionId, now);
    if (!occasion) throw new AppError('MEASURE_NOT_OPEN', { path: 'occasionId' });
    if (occasion.responseId !== null) throw new AppError('MEASURE_ALREADY_ANSWERED');
    const problem = await draftProblemOf(trx, scope.practiceId, occasion.instrumentId, answers);
    if (problem) {
      throw new AppError('VALIDATION_FAILED', {
        path: `answers.${problem.linkId}`,
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
