import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { GroupScope } from '../access/require-access.ts';

export interface GroupHomeworkLink {
  batchId: string;
  clientId: string;
  homeworkId: string;
  createdAt: Date;
}

export async function linkGroupHomework(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.manage'>,
  link: { batchId: string; clientId: string; homeworkId: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('group_homework')
    .values({
      practice_id: scope.practiceId,
      group_id: scope.groupId,
      batch_id: link.batchId,
      client_id: link.clientId,
      homework_id: link.homeworkId,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Homework set for the whole group, newest first, for the current members. */
export async function groupHomeworkLinks(
  db: Kysely<DB>,
  scope: GroupScope<'client.groups.read'>,
  limit: number,
): Promise<GroupHomeworkLink[]> {
  if (scope.memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('group_homework')
    .select(['batch_id', 'client_id', 'homework_id', 'created_at'])
    .where('practice_id', '=', scope.practiceId)
    .where('group_id', '=', scope.groupId)
    .where('client_id', 'in', scope.memberIds)
    .orderBy('created_at', 'desc')
    .orderBy('batch_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    batchId: r.batch_id,
    clientId: r.client_id,
    homeworkId: r.homework_id,
    createdAt: r.created_at,
  }));
}

/**
 * The own goals other current members of the member's group chose to let the
 * others see: each member's latest own goal, only when that one is shared (a
 * later private version hides the earlier shared one). The member's own scope
 * reaches nothing else of the others.
 */
