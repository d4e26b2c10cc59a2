import type { Kysely } from 'kysely';
import type { Schedule } from '@tandem/core';
import type { AssignmentStatus, DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

export interface AssignmentRow {
  id: string;
  clientId: string;
  instrumentId: string;
  schedule: Schedule;
  startsOn: string;
  endsOn: string | null;
  windowDays: number;
  reminders: boolean;
  resultsHidden: boolean;
  status: AssignmentStatus;
  version: number;
  createdAt: Date;
}

export interface NewAssignment {
  id: string;
  practiceId: string;
  clientId: string;
  instrumentId: string;
  schedule: Schedule;
  startsOn: string;
  endsOn: string | null;
  windowDays: number;
  reminders: boolean;
  resultsHidden: boolean;
  createdBy: string;
}

const columns = [
  'id',
  'client_id',
  'instrument_id',
  'schedule',
  'starts_on',
  'ends_on',
  'window_days',
  'reminders',
  'results_hidden',
  'status',
  'version',
  'created_at',
] as const;

type Row = {
  id: string;
  client_id: string;
  instrument_id: string;
  schedule: unknown;
  starts_on: string;
  ends_on: string | null;
  window_days: number;
  reminders: boolean;
  results_hidden: boolean;
  status: AssignmentStatus;
  version: number;
  created_at: Date;
};

function fromRow(row: Row): AssignmentRow {
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

/** Inserts under the caller's id; false when the id is taken in the practice (someone else's). */
export async function insertAssignment(
  db: Kysely<DB>,
  input: NewAssignment,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('measure_assignments')
    .values({
      practice_id: input.practiceId,
      id: input.id,
      client_id: input.clientId,
      instrument_id: input.instrumentId,
      schedule: JSON.stringify(input.schedule),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      window_days: input.windowDays,
      reminders: input.reminders,
      results_hidden: input.resultsHidden,
      status: 'active',
      version: 1,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function assignmentsOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read' | 'client.measures.assign' | 'client.measures.respond'>,
): Promise<AssignmentRow[]> {
  const rows = await db
    .selectFrom('measure_assignments')
    .select(columns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

export async function assignmentOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read' | 'client.measures.assign'>,
  assignmentId: string,
): Promise<AssignmentRow | undefined> {
  const row = await db
    .selectFrom('measure_assignments')
    .select(columns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export interface AssignmentChange {
  status?: AssignmentStatus;
  schedule?: Schedule;
  endsOn?: string | null;
  windowDays?: number;
  reminders?: boolean;
  resultsHidden?: boolean;
}

/** Applies the change when the stored version is `version`; false when someone changed it first. */
export async function updateAssignment(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.assign'>,
  assignmentId: string,
  version: number,
  change: AssignmentChange,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable('measure_assignments')
    .set({
      ...(change.status === undefined ? {} : { status: change.status }),
      ...(change.schedule === undefined ? {} : { schedule: JSON.stringify(change.schedule) }),
      ...(change.endsOn === undefined ? {} : { ends_on: change.endsOn }),
      ...(change.windowDays === undefined ? {} : { window_days: change.windowDays }),
      ...(change.reminders === undefined ? {} : { reminders: change.reminders }),
      ...(change.resultsHidden === undefined ? {} : { results_hidden: change.resultsHidden }),
      version: version + 1,
      updated_at: now,
    })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', assignmentId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}
