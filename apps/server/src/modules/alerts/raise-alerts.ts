import type { Kysely, Transaction } from 'kysely';
import { newId } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { enqueueDigest } from '../notifications/digest-job.ts';
import { planRecipients } from './alert-delivery.ts';
import { enqueueEscalation } from './alert-jobs.ts';
import { auditedBySystem } from './audited-by-system.ts';
import {
  careTeamWithPreferences,
  insertAlert,
  insertRecipients,
  practiceAlertSettings,
} from './raise-alerts.repo.ts';

export interface CriticalAnswer {
  itemId: string;
  value: number;
}

export interface RaiseAlertsInput {
  practiceId: string;
  clientId: string;
  responseId: string;
  instrumentId: string;
  answers: readonly CriticalAnswer[];
}

/**
 * Inside the caller's transaction (the one that stores the response). Returns the new alert ids.
 *
 * One alert per positive critical answer (the caller passes only those), each
 * with its recipients (see alert-delivery.ts for who is told and how), its
 * jobs (the e-mail to those told at once, the digest of those who chose it,
 * the escalation check at now + the practice's interval) and an audit event,
 * all committed with the answers or not at all. A retried
 * submission never reaches here (the caller answers the stored response), so
 * every call raises new alerts.
 */
export async function raiseCriticalItemAlerts(
  trx: Kysely<DB>,
  input: RaiseAlertsInput,
  now: Date,
): Promise<string[]> {
  // Outside a transaction the alert could commit without its answers, or the answers without it.
  if (!isTransaction(trx)) {
    throw new Error(
      'raiseCriticalItemAlerts must run inside the transaction that stores the response',
    );
  }
  if (input.answers.length === 0) return [];
  const settings = await practiceAlertSettings(trx, input.practiceId);
  const careTeam = await careTeamWithPreferences(trx, input.practiceId, input.clientId);
  const recipients = planRecipients(careTeam, settings.alert_fallback_staff_id);
  const ids: string[] = [];
  for (const answer of input.answers) {
    const id = newId();
    await insertAlert(
      trx,
      {
        practiceId: input.practiceId,
        id,
        clientId: input.clientId,
        responseId: input.responseId,
        instrumentId: input.instrumentId,
        itemId: answer.itemId,
        answerValue: answer.value,
      },
      now,
    );
    await insertRecipients(trx, input.practiceId, id, recipients, now);
    ids.push(id);
  }
  // The notices and the escalation check, durable with the alert: they exist if it does.
  const escalationDueAt = new Date(now.getTime() + settings.escalation_minutes * 60_000);
  for (const id of ids) {
    const alert = { practiceId: input.practiceId, alertId: id };
    if (recipients.some((r) => r.delivery === 'immediate')) {
      await enqueueJob(trx, {
        practiceId: input.practiceId,
        kind: 'alert-notify',
        dedupeKey: id,
        runAt: now,
        payload: { alertId: id },
      });
    }
    await enqueueEscalation(trx, alert, escalationDueAt);
  }
  for (const r of recipients.filter((x) => x.delivery === 'digest')) {
    await enqueueDigest(trx, { practiceId: input.practiceId, staffId: r.staffId }, now);
  }
  // Audit last: appending locks the practice's chain tip until commit.
  for (const id of ids) {
    await appendAuditEvent(
      trx,
      {
        ...auditedBySystem(input.practiceId),
        action: 'alert.raise',
        resourceType: 'alert',
        resourceId: id,
        clientId: input.clientId,
        outcome: 'allowed',
        detail: {
          responseId: input.responseId,
          instrumentId: input.instrumentId,
          recipients: recipients.length,
        },
      },
      now,
    );
  }
  return ids;
}

function isTransaction(db: Kysely<DB>): db is Transaction<DB> {
  return db.isTransaction;
}
