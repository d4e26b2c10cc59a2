import type { Kysely } from 'kysely';
import type { DB, GoalStatus } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

type ReadScope = ClientScope<'client.goals.read' | 'client.goals.edit'>;
type EditScope = ClientScope<'client.goals.edit'>;

export interface Person {
  displayName: string;
  role: string;
}

export interface GoalRow {
  id: string;
  content: Buffer;
  weight: number;
  status: GoalStatus;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: Person;
}

export interface ScaleRow {
  id: string;
  goalId: string;
  version: number;
  levels: Buffer;
  createdAt: Date;
  createdBy: Person;
}

export interface RatingRow {
  id: string;
  goalId: string;
  level: number;
  scaleVersion: number;
  ratedAt: Date;
  ratedBy: Person;
}

function personOf(name: string | null, role: string | null): Person {
  // A person removed from the practice still wrote what they wrote.
  return { displayName: name ?? 'Someone no longer here', role: role ?? 'unknown' };
}

/** The client's goals, oldest first; with `goalId`, that one goal (locked when `lock`). */
export async function goalsOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { goalId?: string; lock?: boolean } = {},
): Promise<GoalRow[]> {
  let query = db
    .selectFrom('goals as g')
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'g.practice_id').onRef('u.id', '=', 'g.updated_by'),
    )
    .select([
      'g.id',
      'g.content',
      'g.weight',
      'g.status',
      'g.created_at',
      'g.updated_at',
      'u.display_name',
      'u.role',
    ])
    .where('g.practice_id', '=', scope.practiceId)
    .where('g.client_id', '=', scope.clientId)
    .orderBy('g.created_at')
    .orderBy('g.id');
  if (options.goalId !== undefined) query = query.where('g.id', '=', options.goalId);
  if (options.lock) query = query.forUpdate('g');
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    content: row.content,
    weight: row.weight,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: personOf(row.display_name, row.role),
  }));
}

export async function scalesOf(
  db: Kysely<DB>,
  scope: ReadScope,
  goalIds: readonly string[],
): Promise<ScaleRow[]> {
  if (goalIds.length === 0) return [];
  const rows = await db
    .selectFrom('goal_scales as s')
    .innerJoin('goals as g', (join) =>
      join.onRef('g.practice_id', '=', 's.practice_id').onRef('g.id', '=', 's.goal_id'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 's.practice_id').onRef('u.id', '=', 's.created_by'),
    )
    .select([
      's.id',
      's.goal_id',
      's.version',
      's.levels',
      's.created_at',
      'u.display_name',
      'u.role',
    ])
    .where('s.practice_id', '=', scope.practiceId)
    .where('g.client_id', '=', scope.clientId)
    .where('s.goal_id', 'in', goalIds)
    .orderBy('s.goal_id')
    .orderBy('s.version')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    goalId: row.goal_id,
    version: row.version,
    levels: row.levels,
    createdAt: row.created_at,
    createdBy: personOf(row.display_name, row.role),
  }));
}

export async function ratingsOf(
  db: Kysely<DB>,
  scope: ReadScope,
  goalIds: readonly string[],
): Promise<RatingRow[]> {
  if (goalIds.length === 0) return [];
  const rows = await db
    .selectFrom('goal_ratings as r')
    .innerJoin('goals as g', (join) =>
      join.onRef('g.practice_id', '=', 'r.practice_id').onRef('g.id', '=', 'r.goal_id'),
    )
    .innerJoin('goal_scales as s', (join) =>
      join.onRef('s.practice_id', '=', 'r.practice_id').onRef('s.id', '=', 'r.scale_id'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'r.practice_id').onRef('u.id', '=', 'r.rated_by'),
    )
    .select(['r.id', 'r.goal_id', 'r.level', 's.version', 'r.rated_at', 'u.display_name', 'u.role'])
    .where('r.practice_id', '=', scope.practiceId)
    .where('g.client_id', '=', scope.clientId)
    .where('r.goal_id', 'in', goalIds)
    .orderBy('r.rated_at')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    goalId: row.goal_id,
    level: row.level,
    scaleVersion: row.version,
    ratedAt: row.rated_at,
    ratedBy: personOf(row.display_name, row.role),
  }));
}

/** False when the id is taken already (by anyone's goal). */
export async function insertGoal(
  db: Kysely<DB>,
  scope: EditScope,
  row: { id: string; content: Buffer; weight: number; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('goals')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      created_by: scope.actor.userId,
      content: row.content,
      weight: row.weight,
      status: 'active',
      created_at: row.now,
      updated_at: row.now,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateGoalRow(
  db: Kysely<DB>,
  scope: EditScope,
  goalId: string,
  row: { content: Buffer; weight: number; status: GoalStatus; now: Date },
): Promise<void> {
  await db
    .updateTable('goals')
    .set({
      content: row.content,
      weight: row.weight,
      status: row.status,
      updated_at: row.now,
      updated_by: scope.actor.userId,
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', goalId)
    .execute();
}

export async function insertScale(
  db: Kysely<DB>,
  scope: EditScope,
  row: { id: string; goalId: string; version: number; levels: Buffer; now: Date },
): Promise<void> {
  await db
    .insertInto('goal_scales')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      goal_id: row.goalId,
      version: row.version,
      levels: row.levels,
      created_at: row.now,
      created_by: scope.actor.userId,
    })
    .execute();
}

/** False when the id is taken already. */
export async function insertRating(
  db: Kysely<DB>,
  scope: EditScope,
  row: { id: string; goalId: string; scaleId: string; level: number; ratedAt: Date; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('goal_ratings')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      goal_id: row.goalId,
      scale_id: row.scaleId,
      level: row.level,
      rated_at: row.ratedAt,
      rated_by: scope.actor.userId,
      created_at: row.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
