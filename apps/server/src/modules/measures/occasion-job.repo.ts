import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AssignmentRow } from './assignments.repo.ts';
import type { Schedule } from '@tandem/core';

/*
 * Reads for the scheduled occasion job. Tandem acts here on its own rule (an
 * occasion fell due), not on anyone's request, so there is no actor to check
 * and no scope: these functions are for the job handler only, and read one
 * assignment by its practice and id.
 */

export async function assignmentForJob(
  db: Kysely<DB>,
  practiceId: string,
  assignmentId: string,
): Promise<AssignmentRow | undefined> {
  const row = await db
    .selectFrom('measure_assignments')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    clientId: row.client_id,
    instrumentId: row.instrument_id,
    schedule: row.schedule as Schedule,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    windowDays: row.window_days,
    reminders: row.reminders,
    resultsHidden: row.results_hidden,
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
  };
}

/**
 * The assignment's occasions open now that nobody answered or reminded yet
 * (normally one: after downtime, those whose windows closed meanwhile are left
 * out: a reminder for something that can no longer be done helps nobody).
 */
export async function occasionsToRemind(
  db: Kysely<DB>,
  practiceId: string,
  assignmentId: string,
  now: Date,
): Promise<{ id: string }[]> {
  return db
    .selectFrom('measure_occasions')
    .select('id')
    .where('practice_id', '=', practiceId)
    .where('assignment_id', '=', assignmentId)
    .where('response_id', 'is', null)
    .where('reminded_at', 'is', null)
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .orderBy('due_on')
    .forUpdate()
    .execute();
}

/** Where a reminder goes: the client's address, and whether they may still sign in. */
export async function clientContactForJob(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<{ email: string; status: string } | undefined> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .innerJoin('client_records as cr', (join) =>
      join.onRef('cr.practice_id', '=', 'u.practice_id').onRef('cr.client_id', '=', 'u.id'),
    )
    .select(['a.email', 'u.status', 'cr.archived_at'])
    .where('u.practice_id', '=', practiceId)
    .where('u.id', '=', clientId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { email: row.email, status: row.archived_at === null ? row.status : 'archived' };
}
