import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/*
 * What the notice, escalation and digest jobs read and write about who was
 * told. The jobs act for nobody (no actor, no scope): they only ever touch
 * the alert or staff member their job names, in that job's practice.
 */

export async function alertForNotice(db: Kysely<DB>, practiceId: string, alertId: string) {
  return db
    .selectFrom('alerts as al')
    .innerJoin('practices as p', 'p.id', 'al.practice_id')
    .select([
      'al.client_id',
      'al.state',
      'al.created_at',
      'al.escalated_at',
      'p.escalation_minutes',
      'p.alert_fallback_staff_id',
    ])
    .where('al.practice_id', '=', practiceId)
    .where('al.id', '=', alertId)
    .executeTakeFirst();
}

/** Everyone told about the alert, with the address of those who can still sign in. */
export async function recipientsForNotice(db: Kysely<DB>, practiceId: string, alertId: string) {
  return db
    .selectFrom('alert_recipients as ar')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'ar.practice_id').onRef('u.id', '=', 'ar.staff_id'),
    )
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select([
      'ar.staff_id',
      'ar.delivery',
      'ar.notified_at',
      'u.display_name',
      'u.role',
      'u.status',
      'a.email',
    ])
    .where('ar.practice_id', '=', practiceId)
    .where('ar.alert_id', '=', alertId)
    .orderBy('ar.created_at')
    .orderBy('u.display_name')
    .execute();
}

export async function markNotified(
  db: Kysely<DB>,
  practiceId: string,
  alertId: string,
  staffIds: readonly string[],
  now: Date,
): Promise<void> {
  if (staffIds.length === 0) return;
  await db
    .updateTable('alert_recipients')
    .set({ notified_at: now })
    .where('practice_id', '=', practiceId)
    .where('alert_id', '=', alertId)
    .where('staff_id', 'in', staffIds)
    .where('notified_at', 'is', null)
    .execute();
}

/**
 * Marks the alert escalated if nobody acknowledged it and it was not
 * escalated before; answers whether this call did. One statement, so two
 * runs of the job (or two instances) escalate it once.
 */
export async function markEscalated(
  db: Kysely<DB>,
  practiceId: string,
  alertId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('alerts')
    .set({ escalated_at: now })
    .where('practice_id', '=', practiceId)
    .where('id', '=', alertId)
    .where('state', '=', 'new')
    .where('escalated_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The fallback contact, if they are still an active therapist or supervisor here. */
export async function activeFallbackContact(
  db: Kysely<DB>,
  practiceId: string,
  staffId: string | null,
) {
  if (staffId === null) return undefined;
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'u.display_name', 'a.email'])
    .where('u.practice_id', '=', practiceId)
    .where('u.id', '=', staffId)
    .where('u.status', '=', 'active')
    .where('u.role', 'in', ['therapist', 'supervisor'])
    .executeTakeFirst();
}

/** Adds the fallback contact to those told (at once); someone already told stays as they were. */
export async function addFallbackRecipient(
  db: Kysely<DB>,
  practiceId: string,
  alertId: string,
  staffId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('alert_recipients')
    .values({
      practice_id: practiceId,
      alert_id: alertId,
      staff_id: staffId,
      reason: 'fallback',
      delivery: 'immediate',
      notified_at: now,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['practice_id', 'alert_id', 'staff_id']).doNothing())
    .execute();
}

/** A staff member's gathered notices not yet sent, with the state of each alert now. */
export async function pendingDigestNotices(db: Kysely<DB>, practiceId: string, staffId: string) {
  return db
    .selectFrom('alert_recipients as ar')
    .innerJoin('alerts as al', (join) =>
      join.onRef('al.practice_id', '=', 'ar.practice_id').onRef('al.id', '=', 'ar.alert_id'),
    )
    .select(['ar.alert_id', 'al.client_id', 'al.state'])
    .where('ar.practice_id', '=', practiceId)
    .where('ar.staff_id', '=', staffId)
    .where('ar.delivery', '=', 'digest')
    .where('ar.notified_at', 'is', null)
    .orderBy('al.created_at')
    .execute();
}

export async function activeStaffAddress(db: Kysely<DB>, practiceId: string, staffId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['a.email'])
    .where('u.practice_id', '=', practiceId)
    .where('u.id', '=', staffId)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
}

export async function markDigestSent(
  db: Kysely<DB>,
  practiceId: string,
  staffId: string,
  alertIds: readonly string[],
  now: Date,
): Promise<void> {
  if (alertIds.length === 0) return;
  await db
    .updateTable('alert_recipients')
    .set({ notified_at: now })
    .where('practice_id', '=', practiceId)
    .where('staff_id', '=', staffId)
    .where('alert_id', 'in', alertIds)
    .where('notified_at', 'is', null)
    .execute();
}
