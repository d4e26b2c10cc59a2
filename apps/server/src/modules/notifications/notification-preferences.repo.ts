import type { Kysely } from 'kysely';
import type { AlertDelivery, DB } from '../../db/schema.ts';
import type { PracticeScope } from '../access/require-access.ts';
import {
  DEFAULT_DELIVERY,
  notificationKinds,
  type NotificationKind,
} from './notification-kinds.ts';

export interface NotificationPreference {
  kind: NotificationKind;
  delivery: AlertDelivery;
}

/** The actor's choice for every kind, the default where they never chose. */
export async function preferencesOf(
  db: Kysely<DB>,
  scope: PracticeScope<'notifications.own'>,
): Promise<NotificationPreference[]> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['kind', 'delivery'])
    .where('practice_id', '=', scope.practiceId)
    .where('staff_id', '=', scope.actor.userId)
    .execute();
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return notificationKinds.map((kind) => ({
    kind,
    delivery: chosen.get(kind) ?? DEFAULT_DELIVERY,
  }));
}

export async function savePreferences(
  db: Kysely<DB>,
  scope: PracticeScope<'notifications.own'>,
  preferences: readonly NotificationPreference[],
  now: Date,
): Promise<void> {
  if (preferences.length === 0) return;
  await db
    .insertInto('notification_preferences')
    .values(
      preferences.map((p) => ({
        practice_id: scope.practiceId,
        staff_id: scope.actor.userId,
        kind: p.kind,
        delivery: p.delivery,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['practice_id', 'staff_id', 'kind']).doUpdateSet((eb) => ({
        delivery: eb.ref('excluded.delivery'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
