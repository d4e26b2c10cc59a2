import { AppError, isUuid, localDate } from '@tandem/core';
import type { Kysely } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  requireClientAccess,
  requireOwnEntries,
  type ClientScope,
} from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { checkInsOf } from '../check-ins/check-ins.repo.ts';
import { changeOwnEntryVisibility, createOwnEntry } from '../client-entries/own-entry.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { activityMood, predictionAverages } from './activity-mood.ts';
import { activityColumn, activityView, type ActivityView } from './activity-view.ts';
import {
  activitiesOf,
  activityById,
  insertActivity,
  setActivityOutcome,
} from './activation.repo.ts';
import type { ActivityOutcome, NewActivity } from './activation.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const DAY_MS = 86_400_000;
/** Plans reach this far back and ahead; a day already past may be filled in afterwards. */
const PLAN_RANGE_DAYS = 366;
/**
 * The schedule and the mood view look back as far as the insights do
 * (insights.service.ts: 180 days), so both speak of the same days.
 */
const WINDOW_DAYS = 180;
const LIST_LIMIT = 400;
const MAX_CHECK_INS = 2000;

const blankToNull = (text: string | null): string | null =>
  text === null || text.trim() === '' ? null : text;

async function clientToday(
  db: Kysely<DB>,
  scope: ClientScope,
  now: Date,
): Promise<{ today: string; timeZone: string }> {
  const timeZone = await clientTimeZone(db, scope.practiceId, scope.clientId);
  return { today: localDate(now, timeZone), timeZone };
}

function checkPlannedOn(plannedOn: string, now: Date, timeZone: string): void {
  const earliest = localDate(new Date(now.getTime() - PLAN_RANGE_DAYS * DAY_MS), timeZone);
  const latest = localDate(new Date(now.getTime() + PLAN_RANGE_DAYS * DAY_MS), timeZone);
  if (plannedOn < earliest || plannedOn > latest) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'plannedOn',
      message: 'Choose a day within a year of today.',
    });
  }
}

function checkDoneOn(doneOn: string, now: Date, timeZone: string): void {
  const today = localDate(now, timeZone);
  if (doneOn > today) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'doneOn',
      message: 'The day it was done cannot be after today.',
    });
  }
  if (doneOn < localDate(new Date(now.getTime() - PLAN_RANGE_DAYS * DAY_MS), timeZone)) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'doneOn',
      message: 'It can be filled in up to a year afterwards.',
    });
  }
}

/**
 * The client plans an activity on a day of their calendar, with the mastery
 * and pleasure they expect. The id was made on the device: a replay answers
 * the stored activity (200); the same id with other content is
 * SUBMISSION_ID_REUSED.
 */
export async function planActivity(
  deps: ServiceDeps,
  actor: Actor,
  input: NewActivity,
): Promise<{ created: boolean; activity: ActivityView }> {
  const scopes = await requireOwnEntries(deps, actor);
  const now = deps.clock();
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'activity.plan',
    resourceType: 'activity',
    request: { ...input },
    insert: async (trx) => {
      // Checked only for a new plan: a replay days later still answers the stored one.
      const { timeZone } = await clientToday(trx, scopes.write, now);
      checkPlannedOn(input.plannedOn, now, timeZone);
      return insertActivity(
        trx,
        scopes.write,
        {
          id: input.id,
          title: deps.cipher.seal(input.title, { column: activityColumn.title, rowId: input.id }),
          plannedOn: input.plannedOn,
          plannedTime: input.plannedTime,
          predictedMastery: input.predictedMastery,
          predictedPleasure: input.predictedPleasure,
          visibility: input.visibility,
        },
        now,
      );
    },
    read: (trx) => activityById(trx, scopes.read, input.id),
  });
  return { created, activity: activityView(deps.cipher, row) };
}

/** The client's schedule: everything planned from 180 days back on, latest first, and their today. */
export async function myActivities(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ activities: ActivityView[]; today: string }> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { today, timeZone } = await clientToday(trx, scope, now);
    const plannedFrom = localDate(new Date(now.getTime() - WINDOW_DAYS * DAY_MS), timeZone);
    const rows = await activitiesOf(trx, scope, { limit: LIST_LIMIT, plannedFrom });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'activities.list',
        resourceType: 'activity',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      now,
    );
    return { activities: rows.map((row) => activityView(deps.cipher, row)), today };
  });
}

/**
 * Afterwards, the client says how it went: done (on which day, with the
 * mastery and pleasure it actually gave) or not done this time, with an
 * optional note. Saying it again replaces the answer, so a retry is harmless.
 * A malformed or unknown id is 404, as an id out of reach.
 */
export async function rateActivity(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  input: ActivityOutcome,
): Promise<ActivityView> {
  const scopes = await requireOwnEntries(deps, actor);
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const note = blankToNull(input.note);
  return deps.db.transaction().execute(async (trx) => {
    const before = await activityById(trx, scopes.read, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (input.outcome === 'done') {
      const { timeZone } = await clientToday(trx, scopes.write, now);
      checkDoneOn(input.doneOn, now, timeZone);
    }
    await setActivityOutcome(
      trx,
      scopes.write,
      id,
      {
        status: input.outcome,
        doneOn: input.outcome === 'done' ? input.doneOn : null,
        actualMastery: input.outcome === 'done' ? input.mastery : null,
        actualPleasure: input.outcome === 'done' ? input.pleasure : null,
        afterNote:
          note === null
            ? null
            : deps.cipher.seal(note, { column: activityColumn.afterNote, rowId: id }),
      },
      now,
    );
    const row = await activityById(trx, scopes.read, id);
    if (!row) throw new AppError('NOT_FOUND');
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'activity.rate',
        resourceType: 'activity',
        resourceId: id,
        clientId: scopes.write.clientId,
        outcome: 'allowed',
        detail: { outcome: input.outcome, visibility: row.visibility },
      },
      now,
    );
    return activityView(deps.cipher, row);
  });
}

export async function setMyActivityVisibility(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  visibility: EntryVisibility,
): Promise<ActivityView> {
  const scopes = await requireOwnEntries(deps, actor);
  const row = await changeOwnEntryVisibility(deps, actor, scopes, {
    table: 'activities',
    id,
    visibility,
    action: 'activity.visibility',
    resourceType: 'activity',
    read: (trx) => activityById(trx, scopes.read, id),
  });
  return activityView(deps.cipher, row);
}

/**
 * How activities go together with the client's mood: each activity done, what
 * was expected and what it gave; and mood on days with an activity done
 * against days without (activity-mood.ts, the insights' method). The client's
 * own view, from every check-in of theirs, private ones too.
 */
export async function myActivityMood(deps: ServiceDeps, actor: Actor) {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { timeZone } = await clientToday(trx, scope, now);
    const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
    const plannedFrom = localDate(since, timeZone);
    const checkIns = await checkInsOf(trx, scope, { limit: MAX_CHECK_INS, since });
    const rows = await activitiesOf(trx, scope, {
      limit: LIST_LIMIT,
      plannedFrom,
      doneOnly: true,
    });
    const done = rows.flatMap((row) =>
      row.doneOn !== null && row.actualMastery !== null && row.actualPleasure !== null
        ? [
            {
              id: row.id,
              title: activityView(deps.cipher, row).title,
              doneOn: row.doneOn,
              predictedMastery: row.predictedMastery,
              actualMastery: row.actualMastery,
              predictedPleasure: row.predictedPleasure,
              actualPleasure: row.actualPleasure,
            },
          ]
        : [],
    );
    done.sort((a, b) => (a.doneOn < b.doneOn ? 1 : a.doneOn > b.doneOn ? -1 : 0));
    const mood = activityMood(
      checkIns.map((c) => ({ occurredAt: c.occurredAt, mood: c.mood })),
      done.map((d) => d.doneOn),
      timeZone,
    );
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'activities.mood.read',
        resourceType: 'activity',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { done: done.length, shown: mood.estimate !== null },
      },
      now,
    );
    return { done, averages: predictionAverages(done), mood };
  });
}
