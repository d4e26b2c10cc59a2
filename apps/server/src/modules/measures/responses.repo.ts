import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

export interface StoredResponse {
  id: string;
  clientId: string;
  occasionId: string | null;
  instrumentId: string;
  instrumentVersion: string;
  total: number | null;
  band: string | null;
  prorated: boolean;
  critical: string[];
  submittedAt: Date;
}

export interface NewResponse {
  id: string;
  practiceId: string;
  submissionId: string;
  clientId: string;
  occasionId: string | null;
  instrumentId: string;
  instrumentVersion: string;
  questionnaire: string;
  response: Record<string, unknown>;
  total: number | null;
  band: string | null;
  prorated: boolean;
  critical: string[];
  subscales: Record<string, unknown>;
  submittedBy: string;
}

const summaryColumns = [
  'id',
  'client_id',
  'occasion_id',
  'instrument_id',
  'instrument_version',
  'total',
  'band',
  'prorated',
  'critical_items',
  'submitted_at',
] as const;

type SummaryRow = {
  id: string;
  client_id: string;
  occasion_id: string | null;
  instrument_id: string;
  instrument_version: string;
  total: number | null;
  band: string | null;
  prorated: boolean;
  critical_items: string[];
  submitted_at: Date;
};

function fromRow(row: SummaryRow): StoredResponse {
  return {
    id: row.id,
    clientId: row.client_id,
    occasionId: row.occasion_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    total: row.total === null ? null : Number(row.total),
    band: row.band,
    prorated: row.prorated,
    critical: row.critical_items,
    submittedAt: row.submitted_at,
  };
}

export async function insertResponse(db: Kysely<DB>, input: NewResponse, now: Date): Promise<void> {
  await db
    .insertInto('measure_responses')
    .values({
      practice_id: input.practiceId,
      id: input.id,
      submission_id: input.submissionId,
      client_id: input.clientId,
      occasion_id: input.occasionId,
      instrument_id: input.instrumentId,
      instrument_version: input.instrumentVersion,
      questionnaire: input.questionnaire,
      response: JSON.stringify(input.response),
      total: input.total,
      band: input.band,
      prorated: input.prorated,
      critical_items: input.critical,
      subscales: JSON.stringify(input.subscales),
      submitted_by: input.submittedBy,
      submitted_at: now,
    })
    .execute();
}

/** The response a person's earlier submission with this id stored (a retry answers it). */
export async function responseBySubmission(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  submissionId: string,
): Promise<StoredResponse | undefined> {
  const row = await db
    .selectFrom('measure_responses')
    .select(summaryColumns)
    .where('practice_id', '=', scope.practiceId)
    .where('submitted_by', '=', scope.actor.userId)
    .where('submission_id', '=', submissionId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Every response of the client, oldest first (the series behind the charts). */
export async function responsesOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read'>,
): Promise<StoredResponse[]> {
  const rows = await db
    .selectFrom('measure_responses')
    .select(summaryColumns)
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/** Every response of the client with its answers (the item-level view). */
export async function responsesWithAnswers(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read'>,
): Promise<(StoredResponse & { response: unknown })[]> {
  const rows = await db
    .selectFrom('measure_responses')
    .select([...summaryColumns, 'response'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...fromRow(row), response: row.response }));
}

export async function responseOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.measures.read'>,
  responseId: string,
): Promise<(StoredResponse & { response: unknown }) | undefined> {
  const row = await db
    .selectFrom('measure_responses')
    .select([...summaryColumns, 'response'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', responseId)
    .executeTakeFirst();
  return row ? { ...fromRow(row), response: row.response } : undefined;
}
