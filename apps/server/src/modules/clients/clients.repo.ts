import type { Kysely } from 'kysely';
import type { ClientStatus } from '@tandem/core';
import type { DB } from '../../db/schema.ts';

export interface ClientSummary {
  id: string;
  displayName: string;
  email: string;
  status: ClientStatus;
  invitedAt: Date;
  joinedAt: Date | null;
  therapists: { id: string; displayName: string }[];
}

function baseQuery(db: Kysely<DB>, practiceId: string) {
  return db
    .selectFrom('client_records as cr')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'cr.practice_id').onRef('u.id', '=', 'cr.client_id'),
    )
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select([
      'u.id',
      'u.display_name',
      'a.email',
      'u.status',
      'u.accepted_at',
      'u.created_at',
      'cr.archived_at',
    ])
    .where('cr.practice_id', '=', practiceId);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

async function withTherapists(
  db: Kysely<DB>,
  practiceId: string,
  rows: BaseRow[],
): Promise<ClientSummary[]> {
  if (rows.length === 0) return [];
  const team = await db
    .selectFrom('care_team as ct')
    .innerJoin('users as s', (join) =>
      join.onRef('s.practice_id', '=', 'ct.practice_id').onRef('s.id', '=', 'ct.staff_id'),
    )
    .select(['ct.client_id', 's.id', 's.display_name'])
    .where('ct.practice_id', '=', practiceId)
    .where(
      'ct.client_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('s.display_name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    status: row.archived_at ? 'archived' : row.status === 'active' ? 'active' : 'invited',
    invitedAt: row.created_at,
    joinedAt: row.accepted_at,
    therapists: team
      .filter((t) => t.client_id === row.id)
      .map((t) => ({ id: t.id, displayName: t.display_name })),
  }));
}

/** A caseload: the clients whose care team includes one of these staff. */
export async function clientsOfStaff(
  db: Kysely<DB>,
  practiceId: string,
  staffIds: string[],
  archived: boolean,
): Promise<ClientSummary[]> {
  if (staffIds.length === 0) return [];
  const rows = await baseQuery(db, practiceId)
    .where('cr.archived_at', archived ? 'is not' : 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team as ct')
          .select('ct.client_id')
          .whereRef('ct.practice_id', '=', 'cr.practice_id')
          .whereRef('ct.client_id', '=', 'cr.client_id')
          .where('ct.staff_id', 'in', staffIds),
      ),
    )
    .orderBy('u.display_name')
    .execute();
  return withTherapists(db, practiceId, rows);
}

export async function clientById(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<ClientSummary | undefined> {
  const rows = await baseQuery(db, practiceId).where('cr.client_id', '=', clientId).execute();
  const [client] = await withTherapists(db, practiceId, rows);
  return client;
}

export async function insertClientRecord(
  db: Kysely<DB>,
  input: { practiceId: string; clientId: string; therapistId: string; now: Date },
): Promise<void> {
  await db
    .insertInto('client_records')
    .values({
      practice_id: input.practiceId,
      client_id: input.clientId,
      created_by: input.therapistId,
      created_at: input.now,
    })
    .execute();
  await db
    .insertInto('care_team')
    .values({
      practice_id: input.practiceId,
      client_id: input.clientId,
      staff_id: input.therapistId,
      created_at: input.now,
    })
    .execute();
}

export async function setArchived(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
  archivedAt: Date | null,
): Promise<void> {
  await db
    .updateTable('client_records')
    .set({ archived_at: archivedAt })
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .execute();
}

export async function supervisedTherapists(
  db: Kysely<DB>,
  practiceId: string,
  supervisorId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('supervision')
    .select('therapist_id')
    .where('practice_id', '=', practiceId)
    .where('supervisor_id', '=', supervisorId)
    .execute();
  return rows.map((r) => r.therapist_id);
}

export async function careTeamOf(db: Kysely<DB>, practiceId: string, clientId: string) {
  return db
    .selectFrom('care_team as ct')
    .innerJoin('users as s', (join) =>
      join.onRef('s.practice_id', '=', 'ct.practice_id').onRef('s.id', '=', 'ct.staff_id'),
    )
    .select(['s.id', 's.display_name'])
    .where('ct.practice_id', '=', practiceId)
    .where('ct.client_id', '=', clientId)
    .where('s.status', '=', 'active')
    .orderBy('s.display_name')
    .execute();
}
