import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/*
 * Reads for the occasion-close job and its scheduling. Like occasion-job.repo.ts,
 * Tandem acts on its own rule (a window closed), for nobody: one occasion or
 * assignment by its practice and id.
 */

/** The assignment's occasions open now and unanswered: each gets a check when it closes. */
export async function openOccasionsOfAssignment(
  db: Kysely<DB>,
  practiceId: string,
  assignmentId: string,
  now: Date,
): Promise<{ id: string; closesAt: Date }[]> {
  const rows = await db
    .selectFrom('measure_occasions')
    .select(['id', 'closes_at'])
    .where('practice_id', '=', practiceId)
    .where('assignment_id', '=', assignmentId)
    .where('response_id', 'is', null)
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .execute();
  return rows.map((row) => ({ id: row.id, closesAt: row.closes_at }));
}

/**
 * The occasion as it stands at its close, with whether anyone should still
 * be told: its assignment active (a paused or stopped one is nobody's to
 * chase) and its client active, not archived.
 */
export async function occasionAtClose(db: Kysely<DB>, practiceId: string, occasionId: string) {
  return db
    .selectFrom('measure_occasions as o')
    .innerJoin('measure_assignments as ma', (join) =>
      join.onRef('ma.practice_id', '=', 'o.practice_id').onRef('ma.id', '=', 'o.assignment_id'),
    )
    .innerJoin('client_records as cr', (join) =>
      join.onRef('cr.practice_id', '=', 'o.practice_id').onRef('cr.client_id', '=', 'o.client_id'),
    )
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'o.practice_id').onRef('u.id', '=', 'o.client_id'),
    )
    .select([
      'o.client_id',
      'o.instrument_id',
      'o.response_id',
      'o.closes_at',
      'ma.status as assignment_status',
      'cr.archived_at',
      'u.status as client_status',
    ])
    .where('o.practice_id', '=', practiceId)
    .where('o.id', '=', occasionId)
    .executeTakeFirst();
}
