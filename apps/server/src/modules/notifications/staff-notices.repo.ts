import type { Kysely } from 'kysely';
import type { AlertDelivery, DB, StaffNoticeKind } from '../../db/schema.ts';
import type { CaseloadScope } from '../access/require-access.ts';
import { DEFAULT_DELIVERY } from './notification-kinds.ts';

/*
 * The writes and reads of staff notices (not on track, overdue). They run for
 * nobody (no actor, no scope): inside the transaction that noticed the change
 * (a submission, the occasion job, the standings refresh) or in the notice's
 * own jobs, and only ever touch the notice or staff member named, in that
 * practice.
 */

/** Active therapists and supervisors on the client's care team, with their choice for `kind`. */
export async function careTeamFor(
  db: Kysely<DB>,
  practiceId: string,
  clientId: string,
  kind: StaffNoticeKind,
): Promise<{ staffId: string; delivery: AlertDelivery }[]> {
  const rows = await db
    .selectFrom('care_team as ct')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'ct.practice_id').onRef('u.id', '=', 'ct.staff_id'),
    )
    .leftJoin('notification_preferences as np', (join) =>
      join
        .onRef('np.practice_id', '=', 'ct.practice_id')
        .onRef('np.staff_id', '=', 'ct.staff_id')
        .on('np.kind', '=', kind),
    )
    .select(['ct.staff_id', 'np.delivery'])
    .where('ct.practice_id', '=', practiceId)
    .where('ct.client_id', '=', clientId)
    .where('u.status', '=', 'active')
    .where('u.role', 'in', ['therapist', 'supervisor'])
    .orderBy('ct.staff_id')
    .execute();
  return rows.map((r) => ({ staffId: r.staff_id, delivery: r.delivery ?? DEFAULT_DELIVERY }));
}

/** Inserts the notice unless one with its key exists; answers whether this call made it. */
export async function insertNotice(
  db: Kysely<DB>,
  notice: {
    practiceId: string;
    id: string;
    kind: StaffNoticeKind;
    clientId: string;
    instrumentId: string;
    dedupeKey: string;
  },
  now: Date,
): Promise<boolean> {
  const made = await db
    .insertInto('staff_notices')
    .values({
      practice_id: notice.practiceId,
      id: notice.id,
      kind: notice.kind,
      client_id: notice.clientId,
      instrument_id: notice.instrumentId,
      dedupe_key: notice.dedupeKey,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['practice_id', 'kind', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return made !== undefined;
}

export async function insertNoticeRecipients(
  db: Kysely<DB>,
  practiceId: string,
  noticeId: string,
  recipients: readonly { staffId: string; delivery: AlertDelivery }[],
  now: Date,
): Promise<void> {
  if (recipients.length === 0) return;
  await db
    .insertInto('staff_notice_recipients')
    .values(
      recipients.map((r) => ({
        practice_id: practiceId,
        notice_id: noticeId,
        staff_id: r.staffId,
        delivery: r.delivery,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['practice_id', 'notice_id', 'staff_id']).doNothing())
    .execute();
}

/**
 * Those told at once about a notice and not yet told, locked for this
 * transaction (two runs of the job wait for each other, and the second finds
 * nobody left), with the address of those who can still sign in.
 */
export async function dueImmediateRecipients(db: Kysely<DB>, practiceId: string, noticeId: string) {
  return db
    .selectFrom('staff_notice_recipients as r')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'r.practice_id').onRef('u.id', '=', 'r.staff_id'),
    )
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .innerJoin('staff_notices as n', (join) =>
      join.onRef('n.practice_id', '=', 'r.practice_id').onRef('n.id', '=', 'r.notice_id'),
    )
    .select(['r.staff_id', 'u.status', 'a.email', 'n.kind', 'n.client_id'])
    .where('r.practice_id', '=', practiceId)
    .where('r.notice_id', '=', noticeId)
    .where('r.delivery', '=', 'immediate')
    .where('r.notified_at', 'is', null)
    .orderBy('r.staff_id')
    .forUpdate('r')
    .execute();
}

export async function markNoticeTold(
  db: Kysely<DB>,
  practiceId: string,
  target: { noticeIds: readonly string[]; staffIds: readonly string[] },
  now: Date,
): Promise<void> {
  if (target.noticeIds.length === 0 || target.staffIds.length === 0) return;
  await db
    .updateTable('staff_notice_recipients')
    .set({ notified_at: now })
    .where('practice_id', '=', practiceId)
    .where('notice_id', 'in', target.noticeIds)
    .where('staff_id', 'in', target.staffIds)
    .where('notified_at', 'is', null)
    .execute();
}

/** A staff member's gathered notices not yet sent, locked for the digest's transaction. */
export async function pendingDigestStaffNotices(
  db: Kysely<DB>,
  practiceId: string,
  staffId: string,
) {
  return db
    .selectFrom('staff_notice_recipients as r')
    .innerJoin('staff_notices as n', (join) =>
      join.onRef('n.practice_id', '=', 'r.practice_id').onRef('n.id', '=', 'r.notice_id'),
    )
    .select(['r.notice_id', 'n.kind', 'n.client_id'])
    .where('r.practice_id', '=', practiceId)
    .where('r.staff_id', '=', staffId)
    .where('r.delivery', '=', 'digest')
    .where('r.notified_at', 'is', null)
    .orderBy('n.created_at')
    .forUpdate('r')
    .execute();
}

export interface NoticeRow {
  id: string;
  kind: StaffNoticeKind;
  clientId: string;
  clientName: string;
  instrumentId: string;
  createdAt: Date;
  delivery: AlertDelivery;
  notifiedAt: Date | null;
}

/**
 * The notices the actor was told of in the last `days`, newest first, for
 * clients still on the care team of the scope's staff (a notice about a
 * client who has since moved to someone else is no longer theirs to read).
 */
export async function noticesForStaff(
  db: Kysely<DB>,
  scope: CaseloadScope,
  since: Date,
  limit = 100,
): Promise<NoticeRow[]> {
  const staffIds = [...new Set([...scope.staffIds, scope.actor.userId])];
  const rows = await db
    .selectFrom('staff_notice_recipients as r')
    .innerJoin('staff_notices as n', (join) =>
      join.onRef('n.practice_id', '=', 'r.practice_id').onRef('n.id', '=', 'r.notice_id'),
    )
    .innerJoin('users as cu', (join) =>
      join.onRef('cu.practice_id', '=', 'n.practice_id').onRef('cu.id', '=', 'n.client_id'),
    )
    .select([
      'n.id',
      'n.kind',
      'n.client_id',
      'cu.display_name as client_name',
      'n.instrument_id',
      'n.created_at',
      'r.delivery',
      'r.notified_at',
    ])
    .where('r.practice_id', '=', scope.practiceId)
    .where('r.staff_id', '=', scope.actor.userId)
    .where('n.created_at', '>=', since)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team as ct')
          .select('ct.client_id')
          .whereRef('ct.practice_id', '=', 'n.practice_id')
          .whereRef('ct.client_id', '=', 'n.client_id')
          .where('ct.staff_id', 'in', staffIds),
      ),
    )
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    clientId: row.client_id,
    clientName: row.client_name,
    instrumentId: row.instrument_id,
    createdAt: row.created_at,
    delivery: row.delivery,
    notifiedAt: row.notified_at,
  }));
}
