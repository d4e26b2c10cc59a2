import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { occasionsBetween, type ScheduleRule } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { DraftValue } from '../practice-instruments/draft-answers.ts';
import type { ClientScope } from '../access/require-access.ts';
import type { AssignmentRow } from './assignments.repo.ts';

/** The schedule of an assignment, in the client's zone. */
export function ruleOf(assignment: AssignmentRow, timeZone: string): ScheduleRule {
  return {
    schedule: assignment.schedule,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn,
    windowDays: assignment.windowDays,
    timeZone,
  };
}

/**
 * Makes sure an occasion exists for every due date of an active assignment
 * from its start (or the day after the last one made) up to `untilDate`.
 * Idempotent: two instances doing it at once make each occasion once (the
 * unique key on the due date). Returns how many were made.
 */
export async function materializeOccasions(
  db: Kysely<DB>,
  practiceId: string,
  assignment: AssignmentRow,
  timeZone: string,
  untilDate: string,
): Promise<number> {
  if (assignment.status !== 'active') return 0;
  const last = await db
    .selectFrom('measure_occasions')
    .select(sql<string | null>`max(due_on)::text`.as('last'))
    .where('practice_id', '=', practiceId)
    .where('assignment_id', '=', assignment.id)
    .executeTakeFirst();
  const from = last?.last ? nextDay(last.last) : assignment.startsOn;
  const due = occasionsBetween(ruleOf(assignment, timeZone), from, untilDate);
  if (due.length === 0) return 0;
  const made = await db
    .insertInto('measure_occasions')
    .values(
      due.map((occasion) => ({
        practice_id: practiceId,
        id: randomUUID(),
        assignment_id: assignment.id,
        client_id: assignment.clientId,
        instrument_id: assignment.instrumentId,
        due_on: occasion.dueOn,
        opens_at: occasion.opensAt,
        closes_at: occasion.closesAt,
        draft: null,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return made.length;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export interface OpenOccasion {
  id: string;
  assignmentId: string;
  instrumentId: string;
  dueOn: string;
  closesAt: Date;
  draft: Record<string, DraftValue> | null;
  draftSavedAt: Date | null;
}

/** The client's occasions open now (active assignments, not answered, window not closed). */
export async function openOccasionsOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  now: Date,
): Promise<OpenOccasion[]> {
  const rows = await db
    .selectFrom('measure_occasions as o')
    .innerJoin('measure_assignments as a', (join) =>
      join.onRef('a.practice_id', '=', 'o.practice_id').onRef('a.id', '=', 'o.assignment_id'),
    )
    .select([
      'o.id',
      'o.assignment_id',
      'o.instrument_id',
      'o.due_on',
      'o.closes_at',
      'o.draft',
      'o.draft_saved_at',
    ])
    .where('o.practice_id', '=', scope.practiceId)
    .where('o.client_id', '=', scope.clientId)
    .where('a.status', '=', 'active')
    .where('o.response_id', 'is', null)
    .where('o.opens_at', '<=', now)
    .where('o.closes_at', '>', now)
    .orderBy('o.closes_at')
    .orderBy('o.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    assignmentId: row.assignment_id,
    instrumentId: row.instrument_id,
    dueOn: row.due_on,
    closesAt: row.closes_at,
    draft: (row.draft as Record<string, DraftValue> | null) ?? null,
    draftSavedAt: row.draft_saved_at,
  }));
}

/** One of the client's occasions that is open now, locked for the caller's transaction. */
export async function openOccasionForUpdate(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  occasionId: string,
  now: Date,
): Promise<{ id: string; instrumentId: string; responseId: string | null } | undefined> {
  const row = await db
    .selectFrom('measure_occasions as o')
    .innerJoin('measure_assignments as a', (join) =>
      join.onRef('a.practice_id', '=', 'o.practice_id').onRef('a.id', '=', 'o.assignment_id'),
    )
    .select(['o.id', 'o.instrument_id', 'o.response_id'])
    .where('o.practice_id', '=', scope.practiceId)
    .where('o.client_id', '=', scope.clientId)
    .where('o.id', '=', occasionId)
    .where('a.status', '=', 'active')
    .where('o.opens_at', '<=', now)
    .where('o.closes_at', '>', now)
    .forUpdate('o')
    .executeTakeFirst();
  return row
    ? { id: row.id, instrumentId: row.instrument_id, responseId: row.response_id }
    : undefined;
}

export async function saveDraft(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  occasionId: string,
  answers: Record<string, DraftValue>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('measure_occasions')
    .set({ draft: JSON.stringify(answers), draft_saved_at: now })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', occasionId)
    .execute();
}

export async function completeOccasion(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  occasionId: string,
  responseId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('measure_occasions')
    .set({ response_id: responseId, completed_at: now, draft: null })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', occasionId)
    .execute();
}

/** The client has seen these occasions in the app (the in-app "opened" of a reminder). */
export async function markOpened(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  occasionIds: readonly string[],
  now: Date,
): Promise<void> {
  if (occasionIds.length === 0) return;
  await db
    .updateTable('measure_occasions')
    .set({ opened_at: now })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', 'in', occasionIds)
    .where('opened_at', 'is', null)
    .execute();
}

export type OccasionState = 'done' | 'open' | 'upcoming' | 'missed' | 'left-half-done';

export interface OccasionHistory {
  assignmentId: string;
  dueOn: string;
  state: OccasionState;
  reminder: { state: 'sent' | 'failed' | 'opened' | 'pending'; at: Date } | null;
}

/**
 * The recent occasions of each of the client's assignments (newest first,
 * at most `perAssignment` each), with what became of them: answered, still
 * open, missed, or left half done when the window closed; and what became
 * of the reminder (e-mail sent or failed, or opened in the app).
 */
export async function recentOccasions(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read'>,
  now: Date,
  perAssignment = 6,
): Promise<OccasionHistory[]> {
  const rows = await db
    .selectFrom('measure_occasions as o')
    .leftJoin('outbox as m', (join) =>
      join.onRef('m.practice_id', '=', 'o.practice_id').onRef('m.id', '=', 'o.reminder_outbox_id'),
    )
    .select([
      'o.assignment_id',
      'o.due_on',
      'o.opens_at',
      'o.closes_at',
      'o.response_id',
      'o.draft',
      'o.opened_at',
      'o.reminded_at',
      'm.status as mail_status',
      'm.sent_at as mail_sent_at',
    ])
    .where('o.practice_id', '=', scope.practiceId)
    .where('o.client_id', '=', scope.clientId)
    .orderBy('o.assignment_id')
    .orderBy('o.due_on', 'desc')
    .execute();
  const counts = new Map<string, number>();
  const history: OccasionHistory[] = [];
  for (const row of rows) {
    const seen = counts.get(row.assignment_id) ?? 0;
    if (seen >= perAssignment) continue;
    counts.set(row.assignment_id, seen + 1);
    const state: OccasionState =
      row.response_id !== null
        ? 'done'
        : row.opens_at > now
          ? 'upcoming'
          : row.closes_at > now
            ? 'open'
            : row.draft !== null
              ? 'left-half-done'
              : 'missed';
    const reminder =
      row.opened_at !== null
        ? { state: 'opened' as const, at: row.opened_at }
        : row.mail_status === 'sent'
          ? { state: 'sent' as const, at: row.mail_sent_at ?? row.reminded_at ?? row.opens_at }
          : row.mail_status === 'failed'
            ? { state: 'failed' as const, at: row.reminded_at ?? row.opens_at }
            : row.reminded_at !== null
              ? { state: 'pending' as const, at: row.reminded_at }
              : null;
    history.push({ assignmentId: row.assignment_id, dueOn: row.due_on, state, reminder });
  }
  return history;
}
