import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { alertMail } from '../outbox/mail-templates.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import { auditedBySystem } from './audited-by-system.ts';
import { alertForNotice, markNotified, recipientsForNotice } from './alert-notices.repo.ts';

export interface AlertJob {
  practiceId: string;
  alertId: string;
}

/**
 * Tells those who chose to hear at once about a new alert. The in-app notice
 * is the alert itself, in their inbox from the moment it was raised; this
 * adds the e-mail (only with SMTP set up: without it nobody could send it, and
 * the admin's outbox is no place for it) and records when they were told.
 * An alert someone already acknowledged is being handled: nobody is mailed.
 */
export async function notifyAlertRecipients(
  trx: Transaction<DB>,
  deps: Pick<Deps, 'config'>,
  job: AlertJob,
  now: Date,
): Promise<string[]> {
  const alert = await alertForNotice(trx, job.practiceId, job.alertId);
  if (!alert || alert.state !== 'new') return [];
  const recipients = await recipientsForNotice(trx, job.practiceId, job.alertId);
  const due = recipients.filter(
    (r) => r.delivery === 'immediate' && r.notified_at === null && r.status === 'active',
  );
  if (due.length === 0) return [];
  const smtp = deps.config.smtpUrl !== null;
  for (const recipient of due) {
    if (!smtp) continue;
    const mail = alertMail({
      link: inboxLink(deps.config.publicUrl),
      alsoTold: recipients
        .filter((r) => r.staff_id !== recipient.staff_id)
        .map((r) => `${r.display_name} (${r.role})`),
    });
    await enqueueMail(
      trx,
      { practiceId: job.practiceId, kind: 'other', tokenId: null, to: recipient.email, ...mail },
      { smtpConfigured: true, now },
    );
  }
  const told = due.map((r) => r.staff_id);
  await markNotified(trx, job.practiceId, job.alertId, told, now);
  await appendAuditEvent(
    trx,
    {
      ...auditedBySystem(job.practiceId),
      action: 'alert.notify',
      resourceType: 'alert',
      resourceId: job.alertId,
      clientId: alert.client_id,
      outcome: 'allowed',
      detail: { staffIds: told, email: smtp },
    },
    now,
  );
  return told;
}

/** The inbox, not the alert: the link says nothing about whom it is for. */
export function inboxLink(publicUrl: string): string {
  return `${publicUrl}/alerts`;
}
