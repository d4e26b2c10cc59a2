import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

type ReadScope = ClientScope<'client.review.read' | 'client.review.edit'>;

export interface ReviewRow {
  id: string;
  heldOn: string;
  decision: Buffer;
  createdAt: Date;
  createdBy: string | null;
}

/** The goal's linked measures, per goal id. */
export async function goalMeasuresOf(
  db: Kysely<DB>,
  scope: ReadScope,
): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('goal_measures as m')
    .innerJoin('goals as g', (join) =>
      join.onRef('g.practice_id', '=', 'm.practice_id').onRef('g.id', '=', 'm.goal_id'),
    )
    .select(['m.goal_id', 'm.instrument_id'])
    .where('m.practice_id', '=', scope.practiceId)
    .where('g.client_id', '=', scope.clientId)
    .orderBy('m.goal_id')
    .orderBy('m.instrument_id')
    .execute();
  const byGoal = new Map<string, string[]>();
  for (const row of rows) {
    byGoal.set(row.goal_id, [...(byGoal.get(row.goal_id) ?? []), row.instrument_id]);
  }
  return byGoal;
}

/** Is this one of the client's goals (locked, so a concurrent replace waits). */
export async function lockGoalOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.review.edit'>,
  goalId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('goals')
    .select('id')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', goalId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Replaces a goal's linked measures with this set (the same set twice changes nothing). */
export async function replaceGoalMeasures(
  db: Kysely<DB>,
  scope: ClientScope<'client.review.edit'>,
  goalId: string,
  instrumentIds: readonly string[],
  now: Date,
): Promise<void> {
  let remove = db
    .deleteFrom('goal_measures')
    .where('practice_id', '=', scope.practiceId)
    .where('goal_id', '=', goalId);
  if (instrumentIds.length > 0) remove = remove.where('instrument_id', 'not in', instrumentIds);
  await remove.execute();
  if (instrumentIds.length === 0) return;
  await db
    .insertInto('goal_measures')
    .values(
      instrumentIds.map((instrumentId) => ({
        practice_id: scope.practiceId,
        goal_id: goalId,
        instrument_id: instrumentId,
        created_at: now,
        created_by: scope.actor.userId,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function insertReview(
  db: Kysely<DB>,
  scope: ClientScope<'client.review.edit'>,
  row: { id: string; heldOn: string; decision: Buffer },
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('session_reviews')
    .values({
      practice_id: scope.practiceId,
      id: row.id,
      client_id: scope.clientId,
      held_on: row.heldOn,
      decision: row.decision,
      created_by: scope.actor.userId,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The client's reviews, latest session first; with `id`, that one. */
export async function reviewsOf(
  db: Kysely<DB>,
  scope: ReadScope,
  options: { limit: number; id?: string },
): Promise<(Omit<ReviewRow, 'createdBy'> & { createdBy: string })[]> {
  let query = db
    .selectFrom('session_reviews as r')
    .leftJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'r.practice_id').onRef('u.id', '=', 'r.created_by'),
    )
    .select(['r.id', 'r.held_on', 'r.decision', 'r.created_at', 'u.display_name'])
    .where('r.practice_id', '=', scope.practiceId)
    .where('r.client_id', '=', scope.clientId);
  if (options.id !== undefined) query = query.where('r.id', '=', options.id);
  const rows = await query
    .orderBy('r.held_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.held_on,
    decision: row.decision,
    createdAt: row.created_at,
    // A person removed from the practice still wrote what they wrote.
    createdBy: row.display_name ?? 'Someone no longer here',
  }));
}
