import type { Kysely } from 'kysely';
import { isUuid } from '@tandem/core';
import type { AlertDelivery, AlertState, DB } from '../../db/schema.ts';
import type { CaseloadScope, ClientScope } from '../access/require-access.ts';

/** An alert as stored, with the names of the client and of who acted. */
export interface AlertRow {
  id: string;
  clientId: string;
  clientName: string;
  instrumentId: string;
  itemId: string;
  answerValue: number;
  state: AlertState;
  createdAt: Date;
  acknowledged: null | { by: { id: string; displayName: string }; at: Date };
  resolved: null | { by: { id: string; displayName: string }; at: Date; note: string };
  escalatedAt: Date | null;
  recipients: AlertRecipientRow[];
}

export interface AlertRecipientRow {
  staffId: string;
  displayName: string;
  reason: 'care-team' | 'supervisor' | 'fallback';
  delivery: AlertDelivery;
  notifiedAt: Date | null;
}

export type AlertFilter = 'open' | 'resolved';

function alertQuery(db: Kysely<DB>, practiceId: string) {
  return db
    .selectFrom('alerts as al')
    .innerJoin('users as cu', (join) =>
      join.onRef('cu.practice_id', '=', 'al.practice_id').onRef('cu.id', '=', 'al.client_id'),
    )
    .leftJoin('users as ack', (join) =>
      join
        .onRef('ack.practice_id', '=', 'al.practice_id')
        .onRef('ack.id', '=', 'al.acknowledged_by'),
    )
    .leftJoin('users as res', (join) =>
      join.onRef('res.practice_id', '=', 'al.practice_id').onRef('res.id', '=', 'al.resolved_by'),
    )
    .select([
      'al.id',
      'al.client_id',
      'cu.display_name as client_name',
      'al.instrument_id',
      'al.item_id',
      'al.answer_value',
      'al.state',
      'al.created_at',
      'al.acknowledged_by',
      'ack.display_name as acknowledged_by_name',
      'al.acknowledged_at',
      'al.resolved_by',
      'res.display_name as resolved_by_name',
      'al.resolved_at',
      'al.resolution_note',
      'al.escalated_at',
    ])
    .where('al.practice_id', '=', practiceId);
}

type RawAlert = Awaited<ReturnType<ReturnType<typeof alertQuery>['executeTakeFirstOrThrow']>>;

/**
 * The inbox: alerts of clients on the care team of the scope's staff (the
 * therapist's own; a supervisor's supervised therapists, and their own teams),
 * and alerts the actor was told about (the fallback contact after escalation).
 */
export async function inboxAlerts(
  db: Kysely<DB>,
  scope: CaseloadScope,
  filter: AlertFilter,
  limit = 200,
): Promise<AlertRow[]> {
  const staffIds = [...new Set([...scope.staffIds, scope.actor.userId])];
  const rows = await alertQuery(db, scope.practiceId)
    .where('al.state', filter === 'open' ? '<>' : '=', 'resolved')
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('care_team as ct')
            .select('ct.client_id')
            .whereRef('ct.practice_id', '=', 'al.practice_id')
            .whereRef('ct.client_id', '=', 'al.client_id')
            .where('ct.staff_id', 'in', staffIds),
        ),
        eb.exists(
          eb
            .selectFrom('alert_recipients as ar')
            .select('ar.alert_id')
            .whereRef('ar.practice_id', '=', 'al.practice_id')
            .whereRef('ar.alert_id', '=', 'al.id')
            .where('ar.staff_id', '=', scope.actor.userId),
        ),
      ]),
    )
    .orderBy('al.created_at', 'desc')
    .orderBy('al.id')
    .limit(limit)
    .execute();
  return withRecipients(db, scope.practiceId, rows);
}

/** One alert of the scope's client. */
export async function alertOfClient(
  db: Kysely<DB>,
  scope: ClientScope<'client.alerts.read' | 'client.alerts.act'>,
  alertId: string,
): Promise<AlertRow | undefined> {
  if (!isUuid(alertId)) return undefined;
  const row = await alertQuery(db, scope.practiceId)
    .where('al.client_id', '=', scope.clientId)
    .where('al.id', '=', alertId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [alert] = await withRecipients(db, scope.practiceId, [row]);
  return alert;
}

/**
 * Whose alert this is, so the policy can be asked about that client. Answers
 * only an id the caller already holds a route to; the alert itself is read
 * with the scope the policy gives.
 */
export async function clientOfAlert(
  db: Kysely<DB>,
  practiceId: string,
  alertId: string,
): Promise<string | undefined> {
  if (!isUuid(alertId)) return undefined;
  const row = await db
    .selectFrom('alerts')
    .select('client_id')
    .where('practice_id', '=', practiceId)
    .where('id', '=', alertId)
    .executeTakeFirst();
  return row?.client_id;
}

async function withRecipients(
  db: Kysely<DB>,
  practiceId: string,
  rows: RawAlert[],
): Promise<AlertRow[]> {
  if (rows.length === 0) return [];
  const recipients = await db
    .selectFrom('alert_recipients as ar')
    .innerJoin('users as u', (join) =>
      join.onRef('u.practice_id', '=', 'ar.practice_id').onRef('u.id', '=', 'ar.staff_id'),
    )
    .select([
      'ar.alert_id',
      'ar.staff_id',
      'u.display_name',
      'ar.reason',
      'ar.delivery',
      'ar.notified_at',
    ])
    .where('ar.practice_id', '=', practiceId)
    .where(
      'ar.alert_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('ar.created_at')
    .orderBy('u.display_name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    instrumentId: row.instrument_id,
    itemId: row.item_id,
    answerValue: row.answer_value,
    state: row.state,
    createdAt: row.created_at,
    acknowledged:
      row.acknowledged_by && row.acknowledged_at
        ? {
            by: { id: row.acknowledged_by, displayName: row.acknowledged_by_name ?? '' },
            at: row.acknowledged_at,
          }
        : null,
    resolved:
      row.resolved_by && row.resolved_at
        ? {
            by: { id: row.resolved_by, displayName: row.resolved_by_name ?? '' },
            at: row.resolved_at,
            note: row.resolution_note ?? '',
          }
        : null,
    escalatedAt: row.escalated_at,
    recipients: recipients
      .filter((r) => r.alert_id === row.id)
      .map((r) => ({
        staffId: r.staff_id,
        displayName: r.display_name,
        reason: r.reason,
        delivery: r.delivery,
        notifiedAt: r.notified_at,
      })),
  }));
}

/** new → acknowledged; answers whether this call made the change. */
export async function markAcknowledged(
  db: Kysely<DB>,
  scope: ClientScope<'client.alerts.act'>,
  alertId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('alerts')
    .set({ state: 'acknowledged', acknowledged_by: scope.actor.userId, acknowledged_at: now })
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', alertId)
    .where('state', '=', 'new')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * new or acknowledged → resolved. Resolving an alert nobody acknowledged
 * acknowledges it too (by the same person, at the same time): the response
 * time counts the first person who acted.
 */
export async function markResolved(
  db: Kysely<DB>,
  scope: ClientScope<'client.alerts.act'>,
  alertId: string,
  note: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('alerts')
    .set((eb) => ({
      state: 'resolved',
      acknowledged_by: eb.fn.coalesce('acknowledged_by', eb.val(scope.actor.userId)),
      acknowledged_at: eb.fn.coalesce('acknowledged_at', eb.val(now)),
      resolved_by: scope.actor.userId,
      resolved_at: now,
      resolution_note: note,
    }))
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('id', '=', alertId)
    .where('state', '<>', 'resolved')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
