import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface GroupFacts {
  groupId: string;
  ended: boolean;
  /** The current members (those removed are no longer in the group). */
  memberIds: string[];
}

/** A couple or family of the actor's practice, with its current members; for the policy only. */
export async function loadGroupFacts(
  db: Kysely<DB>,
  practiceId: string,
  groupId: string,
): Promise<GroupFacts | undefined> {
  const group = await db
    .selectFrom('client_groups')
    .select(['id', 'ended_at'])
    .where('practice_id', '=', practiceId)
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) return undefined;
  const members = await db
    .selectFrom('client_group_members')
    .select('client_id')
    .where('practice_id', '=', practiceId)
    .where('group_id', '=', groupId)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  return {
    groupId: group.id,
    ended: group.ended_at !== null,
    memberIds: members.map((m) => m.client_id),
  };
}

/**
 * The groups (not ended) that have one of these clients as a current member:
 * candidates for a list, each still checked member by member by the policy.
 */
export async function groupIdsWithMembers(
  db: Kysely<DB>,
  practiceId: string,
  clientIds: readonly string[],
): Promise<string[]> {
  if (clientIds.length === 0) return [];
  const rows = await db
    .selectFrom('client_group_members as m')
    .innerJoin('client_groups as g', (join) =>
      join.onRef('g.practice_id', '=', 'm.practice_id').onRef('g.id', '=', 'm.group_id'),
    )
    .select('g.id')
    .where('m.practice_id', '=', practiceId)
    .where('m.client_id', 'in', clientIds)
    .where('m.removed_at', 'is', null)
    .where('g.ended_at', 'is', null)
    // Oldest first, the same on every read (a member's page numbers its groups).
    .groupBy(['g.id', 'g.created_at'])
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute();
  return rows.map((r) => r.id);
}
