import type { Kysely } from 'kysely';
import type { ActivityStatus, DB, EntryVisibility } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { visibleEntries } from '../access/visible-entries.ts';

export interface ActivityRow {
  id: string;
  /** Sealed (crypto/field-cipher.ts); opened by the view. */
  title: Buffer;
  plannedOn: string;
  plannedTime: string | null;
  predictedMastery: number;
  predictedPleasure: number;
  status: ActivityStatus;
  doneOn: string | null;
  actualMastery: number | null;
  actualPleasure: number | null;
  /** Sealed; opened by the view. */
  afterNote: Buffer | null;
  createdAt: Date;
  ratedAt: Date | null;
  visibility: EntryVisibility;
}

type ReadScope = ClientScope<'client.entries.read'>;
type WriteScope = ClientScope<'client.entries.write'>;

const columns = [
  'id',
  'title',
  'planned_on',
  'planned_time',
  'predicted_mastery',
  'predicted_pleasure',
  'status',
  'done_on',
  'actual_mastery',
  'actual_pleasure',
  'after_note',
  'created_at',
  'rated_at',
  'visibility',
] as const;

function rowOf(row: {
  id: string;
  title: Buffer;
  planned_on: string;
  planned_time: string | null;
  predicted_mastery: number;
  predicted_pleasure: number;
  status: ActivityStatus;
  done_on: string | null;
  actual_mastery: number | null;
  actual_pleasure: number | null;
  after_note: Buffer | null;
  created_at: Date;
  rated_at: Date | null;
  visibility: EntryVisibility;
}): ActivityRow {
  return {
    id: row.id,
    title: row.title,
    plannedOn: row.planned_on,
    plannedTime: row.planned_time,
    predictedMastery: row.predicted_mastery,
    predictedPleasure: row.predicted_pleasure,
    status: row.status,
    doneOn: row.done_on,
    actualMastery: row.actual_mastery,
    actualPleasure: row.actual_pleasure,
    afterNote: row.after_note,
    createdAt: row.created_at,
    ratedAt: row.rated_at,
    visibility: row.visibility,
  };
}

/** Stores a newly planned activity; false when the id is taken (by anyone's earlier entry). */
export async function insertActivity(
  db: Kysely<DB>,
  scope: WriteScope,
  activity: {
    id: string;
    title: Buffer;
    plannedOn: string;
    plannedTime: string | null;
    predictedMastery: number;
    predictedPleasure: number;
    visibility: EntryVisibility;
  },
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('activities')
    .values({
      practice_id: scope.practiceId,
      id: activity.id,
      client_id: scope.clientId,
      title: activity.title,
      planned_on: activity.plannedOn,
      planned_time: activity.plannedTime,
      predicted_mastery: activity.predictedMastery,
      predicted_pleasure: activity.predictedPleasure,
      status: 'planned',
      created_at: now,
      updated_at: now,
      visibility: activity.visibility,
      visibility_changed_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function activityById(
  db: Kysely<DB>,
  scope: ReadScope,
  id: string,
): Promise<ActivityRow | undefined> {
  const row = await visibleEntries(db, 'activities', scope)
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowOf(row) : undefined;
}

/** Latest plan first; `plannedFrom` (a calendar date) bounds the window. */
export async function activitiesOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; plannedFrom?: string; doneOnly?: boolean },
): Promise<ActivityRow[]> {
  let query = visibleEntries(db, 'activities', scope).select(columns);
  if (options.plannedFrom) query = query.where('planned_on', '>=', options.plannedFrom);
  if (options.doneOnly) query = query.where('status', '=', 'done');
  const rows = await query
    .orderBy('planned_on', 'desc')
    .orderBy('planned_time', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

/** Activities planned or answered since `since` (the timeline's window), newest change first. */
export async function activitiesChangedSince(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; since: Date },
): Promise<ActivityRow[]> {
  const rows = await visibleEntries(db, 'activities', scope)
    .select(columns)
    .where((eb) =>
      eb.or([eb('created_at', '>=', options.since), eb('rated_at', '>=', options.since)]),
    )
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(rowOf);
}

/** Sets the answer afterwards (done with ratings, or not done); false when it is no activity of theirs. */
export async function setActivityOutcome(
  db: Kysely<DB>,
  scope: WriteScope,
  id: string,
  outcome: {
    status: Exclude<ActivityStatus, 'planned'>;
    doneOn: string | null;
    actualMastery: number | null;
    actualPleasure: number | null;
    afterNote: Buffer | null;
  },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set({
      status: outcome.status,
      done_on: outcome.doneOn,
      actual_mastery: outcome.actualMastery,
      actual_pleasure: outcome.actualPleasure,
      after_note: outcome.afterNote,
      rated_at: now,
      updated_at: now,
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
