import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type {
  CaseloadScope,
  ClientScope,
  GroupMemberScope,
  GroupScope,
} from '../access/require-access.ts';
import type { GroupKind } from './groups.schemas.ts';

type AnyGroupScope = GroupScope<'client.groups.read' | 'client.groups.manage'>;

export interface GroupRow {
  id: string;
  kind: GroupKind;
  /** Sealed (crypto/field-cipher.ts). */
  name: Buffer;
  createdAt: Date;
  endedAt: Date | null;
}

export interface MemberRow {
  clientId: string;
  displayName: string;
  safetyCheckRequestedAt: Date | null;
  privateConversationAt: Date | null;
}

export async function caseloadClientIds(db: Kysely<DB>, scope: CaseloadScope): Promise<string[]> {
  if (scope.staffIds.length === 0) return [];
  const rows = await db
    .selectFrom('care_team')
    .select('client_id')
    .distinct()
    .where('practice_id', '=', scope.practiceId)
    .where('staff_id', 'in', scope.staffIds)
    .execute();
  return rows.map((r) => r.client_id);
}

/** A new group with its first members, each checked by the policy; false when the id is taken. */
export async function insertGroup(
  db: Kysely<DB>,
  members: readonly ClientScope<'client.groups.manage'>[],
  group: { id: string; kind: GroupKind; name: Buffer },
  now: Date,
): Promise<boolean> {
  const [first] = members;
  if (!first) return false;
  const inserted = await db
    .insertInto('client_groups')
    .values({
      practice_id: first.practiceId,
      id: group.id,
      kind: group.kind,
      name: group.name,
      created_by: first.actor.userId,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await addMembers(db, group.id, members, now);
  return true;
}

/**
 * Adds members after those there (in the order given), or brings back ones
 * removed earlier (their safety check starts again).
 */
export async function addMembers(
  db: Kysely<DB>,
  groupId: string,
  members: readonly ClientScope<'client.groups.manage'>[],
  now: Date,
): Promise<void> {
  const [first] = members;
  if (!first) return;
  const last = await db
    .selectFrom('client_group_members')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('practice_id', '=', first.practiceId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  let position = (last?.position ?? -1) + 1;
  for (const member of members) {
    position += 1;
    await db
      .insertInto('client_group_members')
      .values({
        practice_id: member.practiceId,
        group_id: groupId,
        client_id: member.clientId,
        position,
        added_at: now,
        added_by: member.actor.userId,
      })
      .onConflict((oc) =>
        oc.columns(['practice_id', 'group_id', 'client_id']).doUpdateSet({
          removed_at: null,
          position,
          added_at: now,
          added_by: member.actor.userId,
          safety_check_requested_at: null,
          safety_check_requested_by: null,
          private_conversation_at: null,
          private_conversation_by: null,
        }),
      )
      .execute();
  }
}

export async function removeMembers(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.manage'>,
  clientIds: readonly string[],
  now: Date,
): Promise<void> {
  const removed = clientIds.filter((id) => scope.memberIds.includes(id));
  if (removed.length === 0) return;
  await db
    .updateTable('client_group_members')
    .set({ removed_at: now })
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', 'in', removed)
    .execute();
}

export async function groupRow(
  db: Kysely<DB>,
  scope: AnyGroupScope,
  options: { lock?: boolean } = {},
): Promise<GroupRow | undefined> {
  let query = db
    .selectFrom('client_groups')
    .select(['id', 'kind', 'name', 'created_at', 'ended_at'])
    .where('practice_id', '=', scope.practiceId)
    .where('id', '=', scope.groupId);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row
    ? {
        id: row.id,
        kind: row.kind,
        name: row.name,
        createdAt: row.created_at,
        endedAt: row.ended_at,
      }
    : undefined;
}

export async function updateGroup(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.manage'>,
  change: { name?: Buffer; endedAt?: Date },
): Promise<void> {
  if (change.name === undefined && change.endedAt === undefined) return;
  await db
    .updateTable('client_groups')
    .set({
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.endedAt === undefined ? {} : { ended_at: change.endedAt }),
    })
    .where('practice_id', '=', scope.practiceId)
    .where('id', '=', scope.groupId)
    .execute();
}

/** The current members in the order they joined, with their names. */
export async function memberRows(db: Kysely<DB>, scope: AnyGroupScope): Promise<MemberRow[]> {
  if (scope.memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('client_group_members as m')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'm.practice_id').onRef('u.id', '=', 'm.client_id'),
    )
    .select([
      'm.client_id',
      'u.display_name',
      'm.safety_check_requested_at',
      'm.private_conversation_at',
    ])
    .where('m.practice_id', '=', scope.practiceId)
    .where('m.group_id', '=', scope.groupId)
    .where('m.client_id', 'in', scope.memberIds)
    .where('m.removed_at', 'is', null)
    .orderBy('m.position')
    .execute();
  return rows.map((r) => ({
    clientId: r.client_id,
    displayName: r.display_name,
    safetyCheckRequestedAt: r.safety_check_requested_at,
    privateConversationAt: r.private_conversation_at,
  }));
}

/** Asks these members for the safety check (again: a new request after an answer asks anew). */
export async function requestSafetyChecks(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.manage'>,
  clientIds: readonly string[],
  now: Date,
): Promise<void> {
  await db
    .updateTable('client_group_members')
    .set({ safety_check_requested_at: now, safety_check_requested_by: scope.actor.userId })
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', 'in', clientIds)
    .where('removed_at', 'is', null)
    .execute();
}

export async function recordPrivateConversation(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.manage'>,
  clientId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('client_group_members')
    .set({ private_conversation_at: now, private_conversation_by: scope.actor.userId })
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', '=', clientId)
    .where('removed_at', 'is', null)
    .execute();
}

export async function groupKindOf(db: Kysely<DB>, scope: GroupMemberScope): Promise<GroupKind> {
  const row = await db
    .selectFrom('client_groups')
    .select('kind')
    .where('practice_id', '=', scope.practiceId)
    .where('id', '=', scope.groupId)
    .executeTakeFirstOrThrow();
  return row.kind;
}

export interface StandingRow {
  clientId: string;
  instrumentId: string;
  total: number;
  band: string | null;
  at: Date;
}

/** Each member's latest score on each measure (kept by the measures module in measure_status). */
export async function memberStandings(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.read'>,
): Promise<StandingRow[]> {
  if (scope.memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('measure_status')
    .select(['client_id', 'instrument_id', 'latest_total', 'latest_band', 'latest_at'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', 'in', scope.memberIds)
    .orderBy('instrument_id')
    .execute();
  return rows.map((r) => ({
    clientId: r.client_id,
    instrumentId: r.instrument_id,
    total: Number(r.latest_total),
    band: r.latest_band,
    at: r.latest_at,
  }));
}
