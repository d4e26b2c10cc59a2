import { AppError } from '@tandem/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import {
  requireCaseloadAccess,
  requireClientAccess,
  requirePracticeAccess,
  type ClientScope,
} from '../access/require-access.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { viewAlert, type AlertView } from './alert-view.ts';
import {
  alertOfClient,
  clientOfAlert,
  inboxAlerts,
  markAcknowledged,
  markResolved,
  type AlertFilter,
} from './alerts.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** The inbox, newest first: one audit event names every alert and client shown. */
export async function listAlerts(
  deps: ServiceDeps,
  actor: Actor,
  filter: AlertFilter,
): Promise<AlertView[]> {
  await requirePracticeAccess(deps, actor, 'alerts.inbox');
  const scope = await requireCaseloadAccess(deps, actor);
  return deps.db.transaction().execute(async (trx) => {
    const alerts = await inboxAlerts(trx, scope, filter);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'alerts.list',
        resourceType: 'alert-list',
        outcome: 'allowed',
        detail: {
          filter,
          alertIds: alerts.map((a) => a.id),
          clientIds: [...new Set(alerts.map((a) => a.clientId))],
        },
      },
      deps.clock(),
    );
    return alerts.map(viewAlert);
  });
}

export async function getAlert(
  deps: ServiceDeps,
  actor: Actor,
  alertId: string,
): Promise<AlertView> {
  const scope = await alertScope(deps, actor, 'client.alerts.read', alertId);
  return deps.db.transaction().execute(async (trx) => {
    const alert = await currentAlert(trx, scope, alertId);
    await auditAlert(trx, deps, actor, 'alert.read', alert, {});
    return viewAlert(alert);
  });
}

/**
 * new → acknowledged, recording who and when. Acknowledging again answers the
 * alert as it is (a double click, a retry); a resolved alert stays resolved.
 */
export async function acknowledgeAlert(
  deps: ServiceDeps,
  actor: Actor,
  alertId: string,
): Promise<AlertView> {
  const scope = await alertScope(deps, actor, 'client.alerts.act', alertId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const changed = await markAcknowledged(trx, scope, alertId, now);
    const alert = await currentAlert(trx, scope, alertId);
    if (alert.state === 'resolved') throw new AppError('ALERT_RESOLVED');
    await auditAlert(trx, deps, actor, 'alert.acknowledge', alert, { changed });
    return viewAlert(alert);
  });
}

/**
 * → resolved with a note (acknowledging it too when nobody had). Resolving
 * a resolved alert answers it as it is; the first note stands.
 */
export async function resolveAlert(
  deps: ServiceDeps,
  actor: Actor,
  alertId: string,
  note: string,
): Promise<AlertView> {
  const scope = await alertScope(deps, actor, 'client.alerts.act', alertId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const changed = await markResolved(trx, scope, alertId, note, now);
    const alert = await currentAlert(trx, scope, alertId);
    await auditAlert(trx, deps, actor, 'alert.resolve', alert, { changed });
    return viewAlert(alert);
  });
}

/**
 * The policy is asked about the alert's client; an alert that does not
 * exist, or whose client the actor may not act on, is "not found" alike.
 */
async function alertScope<A extends 'client.alerts.read' | 'client.alerts.act'>(
  deps: ServiceDeps,
  actor: Actor,
  action: A,
  alertId: string,
): Promise<ClientScope<A>> {
  await requirePracticeAccess(deps, actor, 'alerts.inbox');
  const clientId = await clientOfAlert(deps.db, actor.practiceId, alertId);
  if (clientId === undefined) throw new AppError('NOT_FOUND');
  return requireClientAccess(deps, actor, action, clientId);
}

async function currentAlert(
  db: Kysely<DB>,
  scope: ClientScope<'client.alerts.read' | 'client.alerts.act'>,
  alertId: string,
) {
  const alert = await alertOfClient(db, scope, alertId);
  if (!alert) throw new AppError('NOT_FOUND');
  return alert;
}

async function auditAlert(
  trx: Transaction<DB>,
  deps: ServiceDeps,
  actor: Actor,
  action: AuditAction,
  alert: { id: string; clientId: string },
  detail: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(
    trx,
    {
      ...auditedBy(actor),
      action,
      resourceType: 'alert',
      resourceId: alert.id,
      clientId: alert.clientId,
      outcome: 'allowed',
      detail,
    },
    deps.clock(),
  );
}
