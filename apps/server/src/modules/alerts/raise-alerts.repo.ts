import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_DELIVERY } from '../notifications/notification-kinds.ts';
import type { CareTeamMember, PlannedRecipient } from './alert-delivery.ts';

/*
 * The writes of raising an alert. Called only from raise-alerts.ts, inside the
 * transaction that stores the response, so the alert commits with the answers.
 */

export async function practiceAlertSettings(trx: Kysely<DB>, practiceId: string) {
  return trx
    .selectFrom('practices')
    .select(['alert_fallback_staff_id', 'escalation_minutes'])
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
}

/**
 * Active staff on the client's care team with their choice for critical-item
 * alerts. A deactivated member cannot sign in to act, so is not told.
 */
export async function careTeamWithPreferences(
  trx: Kysely<DB>,
  practiceId: string,
  clientId: string,
): Promise<CareTeamMember[]> {
  const rows = await trx
    .selectFrom('care_team as ct')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'ct.practice_id').onRef('u.id', '=', 'ct.staff_id'),
    )
    .leftJoin('notification_preferences as np', (join) =>
      join
        .onRef('np.practice_id', '=', 'ct.practice_id')
        .onRef('np.staff_id', '=', 'ct.staff_id')
        .on('np.kind', '=', 'critical-item'),
    )
    .select(['ct.staff_id', 'np.delivery'])
    .where('ct.practice_id', '=', practiceId)
    .where('ct.client_id', '=', clientId)
    .where('u.status', '=', 'active')
    .where('u.role', 'in', ['therapist', 'supervisor'])
    .orderBy('ct.staff_id')
    .execute();
  return rows.map((row) => ({
    staffId: row.staff_id,
    preferred: row.delivery ?? DEFAULT_DELIVERY,
  }));
}

export interface NewAlert {
  practiceId: string;
  id: string;
  clientId: string;
  responseId: string;
  instrumentId: string;
  itemId: string;
  answerValue: number;
}

export async function insertAlert(trx: Kysely<DB>, alert: NewAlert, now: Date): Promise<void> {
  await trx
    .insertInto('alerts')
    .values({
      practice_id: alert.practiceId,
      id: alert.id,
      client_id: alert.clientId,
      response_id: alert.responseId,
      kind: 'critical-item',
      instrument_id: alert.instrumentId,
      item_id: alert.itemId,
      answer_value: alert.answerValue,
      state: 'new',
      created_at: now,
    })
    .execute();
}

export async function insertRecipients(
  trx: Kysely<DB>,
  practiceId: string,
  alertId: string,
  recipients: readonly PlannedRecipient[],
  now: Date,
): Promise<void> {
  if (recipients.length === 0) return;
  await trx
    .insertInto('alert_recipients')
    .values(
      recipients.map((r) => ({
        practice_id: practiceId,
        alert_id: alertId,
        staff_id: r.staffId,
        reason: r.reason,
        delivery: r.delivery,
        created_at: now,
      })),
    )
    // A recipient already told (the fallback contact who is also on the care team) stays as they were.
    .onConflict((oc) => oc.columns(['practice_id', 'alert_id', 'staff_id']).doNothing())
    .execute();
}
