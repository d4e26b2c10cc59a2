import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CaseloadScope } from '../access/require-access.ts';

/**
 * Alerts raised since `since` for clients on the care team of the scope's
 * therapists, one row per (alert, therapist): an alert of a client with two
 * therapists counts for each. The care team is today's, so an alert raised
 * before a hand-over counts for the therapist who holds the client now.
 */
export async function alertTimesByTherapist(db: Kysely<DB>, scope: CaseloadScope, since: Date) {
  if (scope.staffIds.length === 0) return [];
  return db
    .selectFrom('alerts as al')
    .innerJoin('care_team as ct', (join) =>
      join
        .onRef('ct.practice_id', '=', 'al.practice_id')
        .onRef('ct.client_id', '=', 'al.client_id'),
    )
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'ct.practice_id').onRef('u.id', '=', 'ct.staff_id'),
    )
    .select(['al.id', 'al.created_at', 'al.acknowledged_at', 'ct.staff_id', 'u.display_name'])
    .where('al.practice_id', '=', scope.practiceId)
    .where('ct.staff_id', 'in', scope.staffIds)
    .where('al.created_at', '>=', since)
    .orderBy('u.display_name')
    .orderBy('ct.staff_id')
    .execute();
}
