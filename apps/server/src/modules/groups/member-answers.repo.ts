import type { Kysely } from 'kysely';
import type { DB, GroupMemberAnswerKind } from '../../db/schema.ts';
import type { GroupMemberScope, GroupScope } from '../access/require-access.ts';

// What members tell the therapist for the joint work (own goals, safety checks):
// the care team reads every member's; a member reads their own, and the goals
// others chose to share with them.

export interface AnswerRow {
  id: string;
  clientId: string;
  kind: GroupMemberAnswerKind;
  /** Sealed JSON (crypto/field-cipher.ts). */
  content: Buffer;
  needsPrivateConversation: boolean;
  sharedWithGroup: boolean;
  createdAt: Date;
}

/** Clients on the care team of one of the scope's staff: where a list of groups starts. */
const answerColumns = [
  'id',
  'client_id',
  'kind',
  'content',
  'needs_private_conversation',
  'shared_with_group',
  'created_at',
] as const;

function answerOf(row: {
  id: string;
  client_id: string;
  kind: GroupMemberAnswerKind;
  content: Buffer;
  needs_private_conversation: boolean;
  shared_with_group: boolean;
  created_at: Date;
}): AnswerRow {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    content: row.content,
    needsPrivateConversation: row.needs_private_conversation,
    sharedWithGroup: row.shared_with_group,
    createdAt: row.created_at,
  };
}

/** Each current member's latest answer of each kind (the care team's combined view). */
export async function latestAnswersOfMembers(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.read'>,
): Promise<AnswerRow[]> {
  if (scope.memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('group_member_answers')
    .select(answerColumns)
    .distinctOn(['client_id', 'kind'])
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', 'in', scope.memberIds)
    .orderBy('client_id')
    .orderBy('kind')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(answerOf);
}

/** The member's own latest answer of each kind: theirs only, whatever the others wrote. */
export async function ownLatestAnswers(
  db: Kysely<DB>,
  scope: GroupMemberScope,
): Promise<AnswerRow[]> {
  const rows = await db
    .selectFrom('group_member_answers')
    .select(answerColumns)
    .distinctOn(['kind'])
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', '=', scope.clientId)
    .orderBy('kind')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(answerOf);
}

/** The member's own answer with this id (a retried save), whatever its group or kind. */
export async function ownAnswerById(
  db: Kysely<DB>,
  scope: GroupMemberScope,
  id: string,
): Promise<AnswerRow | undefined> {
  const row = await db
    .selectFrom('group_member_answers')
    .select([...answerColumns, 'group_id'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && row.group_id === scope.groupId ? answerOf(row) : undefined;
}

/** When the member was last asked for the safety check (null: not asked). */
export async function ownSafetyCheckRequest(
  db: Kysely<DB>,
  scope: GroupMemberScope,
): Promise<Date | null> {
  const row = await db
    .selectFrom('client_group_members')
    .select('safety_check_requested_at')
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', '=', scope.clientId)
    .executeTakeFirst();
  return row?.safety_check_requested_at ?? null;
}

export async function insertOwnAnswer(
  db: Kysely<DB>,
  scope: GroupMemberScope,
  answer: {
    id: string;
    kind: GroupMemberAnswerKind;
    content: Buffer;
    needsPrivateConversation: boolean;
    sharedWithGroup: boolean;
  },
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('group_member_answers')
    .values({
      practice_id: scope.practiceId,
      id: answer.id,
      group_id: scope.groupId,
      client_id: scope.clientId,
      kind: answer.kind,
      content: answer.content,
      needs_private_conversation: answer.needsPrivateConversation,
      shared_with_group: answer.sharedWithGroup,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function goalsSharedWithMember(
  db: Kysely<DB>,
  scope: GroupMemberScope,
): Promise<(AnswerRow & { displayName: string })[]> {
  const latest = db
    .selectFrom('group_member_answers as a')
    .innerJoin('client_group_members as m', (join) =>
      join
        .onRef('m.practice_id', '=', 'a.practice_id')
        .onRef('m.group_id', '=', 'a.group_id')
        .onRef('m.client_id', '=', 'a.client_id'),
    )
    .select([
      'a.id',
      'a.client_id',
      'a.kind',
      'a.content',
      'a.needs_private_conversation',
      'a.shared_with_group',
      'a.created_at',
      'm.position',
    ])
    .distinctOn('a.client_id')
    .where('a.practice_id', '=', scope.practiceId)
    .where('a.group_id', '=', scope.groupId)
    .where('a.client_id', '<>', scope.clientId)
    .where('a.kind', '=', 'own-goal')
    .where('m.removed_at', 'is', null)
    .orderBy('a.client_id')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .as('latest');
  const rows = await db
    .selectFrom(latest)
    .innerJoin('users as u', (join) =>
      join.on('u.practice_id', '=', scope.practiceId).onRef('u.id', '=', 'latest.client_id'),
    )
    .selectAll('latest')
    .select('u.display_name')
    .where('latest.shared_with_group', '=', true)
    .orderBy('latest.position')
    .execute();
  return rows.map((row) => ({ ...answerOf(row), displayName: row.display_name }));
}
