import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import {
  preferencesOf,
  savePreferences,
  type NotificationPreference,
} from './notification-preferences.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** One's own choices: no client data, so reading them is not audited. */
export async function myNotificationPreferences(
  deps: ServiceDeps,
  actor: Actor,
): Promise<NotificationPreference[]> {
  const scope = await requirePracticeAccess(deps, actor, 'notifications.own');
  return preferencesOf(deps.db, scope);
}

/**
 * Saves the kinds given and leaves the others as they were. Choosing the
 * digest for critical-item alerts is allowed, but never leaves an alert
 * unsent: when every care-team member chose it, they all get that alert at
 * once (alerts/alert-delivery.ts).
 */
export async function setMyNotificationPreferences(
  deps: ServiceDeps,
  actor: Actor,
  preferences: readonly NotificationPreference[],
): Promise<NotificationPreference[]> {
  const scope = await requirePracticeAccess(deps, actor, 'notifications.own');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    await savePreferences(trx, scope, preferences, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'notifications.preferences.update',
        resourceType: 'notification-preferences',
        resourceId: actor.userId,
        outcome: 'allowed',
        detail: { preferences: preferences.map((p) => `${p.kind}:${p.delivery}`) },
      },
      now,
    );
    return preferencesOf(trx, scope);
  });
}
