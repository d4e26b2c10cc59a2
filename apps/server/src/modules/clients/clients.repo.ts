import type { Kysely } from 'kysely';
import type { ClientStatus } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { CaseloadScope, ClientScope, PracticeScope } from '../access/require-access.ts';

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

/** A caseload: the clients whose care team includes one of the scope's staff. */
export async function clientsOfStaff(
  db: Kysely<DB>,
  scope: CaseloadScope,
  archived: boolean,
): Promise<ClientSummary[]> {
  const { practiceId, staffIds } = scope;
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
  scope: ClientScope,
): Promise<ClientSummary | undefined> {
  const rows = await baseQuery(db, scope.practiceId)
    .where('cr.client_id', '=', scope.clientId)
    .execute();
  const [client] = await withTherapists(db, scope.practiceId, rows);
  return client;
}

/**
 * Every client of the practice with their care team, for the admin: names,
 * contact and status, nothing clinical.
 */
export async function clientDirectory(
  db: Kysely<DB>,
  scope: PracticeScope<'clients.directory'>,
): Promise<ClientSummary[]> {
  const rows = await baseQuery(db, scope.practiceId).orderBy('u.display_name').execute();
  return withTherapists(db, scope.practiceId, rows);
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
  scope: ClientScope<'client.manage'>,
  archivedAt: Date | null,
): Promise<void> {
  await db
    .updateTable('client_records')
    .set({ archived_at: archivedAt })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .execute();
}

/** The active staff on a client's care team (names only). */
export async function careTeamOf(db: Kysely<DB>, scope: ClientScope) {
  return db
    .selectFrom('care_team as ct')
    .innerJoin('users as s', (join) =>
      join.onRef('s.practice_id', '=', 'ct.practice_id').onRef('s.id', '=', 'ct.staff_id'),
    )
    .select(['s.id', 's.display_name'])
    .where('ct.practice_id', '=', scope.practiceId)
    .where('ct.client_id', '=', scope.clientId)
    .where('s.status', '=', 'active')
    .orderBy('s.display_name')
    .execute();
}

/** Replaces a client's care team with these staff (checked by the caller to be active therapists). */
export async function replaceCareTeam(
  db: Kysely<DB>,
  scope: ClientScope<'client.careTeam.assign'>,
  staffIds: readonly string[],
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('care_team')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('staff_id', 'not in', staffIds)
    .execute();
  await db
    .insertInto('care_team')
    .values(
      staffIds.map((staffId) => ({
        practice_id: scope.practiceId,
        client_id: scope.clientId,
        staff_id: staffId,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * The clients on this therapist's care team (archived ones too: a record
 * always keeps a therapist), with whether anyone else active is on the team.
 */
export async function clientsOfTherapist(
  db: Kysely<DB>,
  scope: PracticeScope<'staff.manage'>,
  therapistId: string,
): Promise<{ clientId: string; othersOnTeam: number }[]> {
  const rows = await db
    .selectFrom('care_team as ct')
    .select((eb) => [
      'ct.client_id',
      eb
        .selectFrom('care_team as other')
        .innerJoin('users as s', (join) =>
          join
            .onRef('s.practice_id', '=', 'other.practice_id')
            .onRef('s.id', '=', 'other.staff_id'),
        )
        .whereRef('other.practice_id', '=', 'ct.practice_id')
        .whereRef('other.client_id', '=', 'ct.client_id')
        .whereRef('other.staff_id', '!=', 'ct.staff_id')
        .where('s.status', '=', 'active')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('others'),
    ])
    .where('ct.practice_id', '=', scope.practiceId)
    .where('ct.staff_id', '=', therapistId)
    .execute();
  return rows.map((row) => ({ clientId: row.client_id, othersOnTeam: Number(row.others ?? 0) }));
}

/** Every client of `fromId` moves to `toId`'s care team; `fromId` leaves those teams. */
export async function handOverClients(
  db: Kysely<DB>,
  scope: PracticeScope<'staff.manage'>,
  fromId: string,
  toId: string,
  now: Date,
): Promise<string[]> {
  const moved = await db
    .deleteFrom('care_team')
    .where('practice_id', '=', scope.practiceId)
    .where('staff_id', '=', fromId)
    .returning('client_id')
    .execute();
  if (moved.length === 0) return [];
  await db
    .insertInto('care_team')
    .values(
      moved.map((row) => ({
        practice_id: scope.practiceId,
        client_id: row.client_id,
        staff_id: toId,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  return moved.map((row) => row.client_id);
}

/** The therapist leaves every care team they are on (each of those clients has someone else). */
export async function leaveCareTeams(
  db: Kysely<DB>,
  scope: PracticeScope<'staff.manage'>,
  staffId: string,
): Promise<string[]> {
  const left = await db
    .deleteFrom('care_team')
    .where('practice_id', '=', scope.practiceId)
    .where('staff_id', '=', staffId)
    .returning('client_id')
    .execute();
  return left.map((row) => row.client_id);
}
