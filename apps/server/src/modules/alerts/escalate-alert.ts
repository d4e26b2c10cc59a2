import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { alertEscalationMail } from '../outbox/mail-templates.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import {
  activeFallbackContact,
  addFallbackRecipient,
  alertForNotice,
  markEscalated,
  recipientsForNotice,
} from './alert-notices.repo.ts';
import { auditedBySystem } from './audited-by-system.ts';
import { inboxLink, type AlertJob } from './notify-alert.ts';

export type EscalationOutcome =
  | { kind: 'escalated'; fallbackStaffId: string | null }
  /** Acknowledged, resolved, already escalated, or gone: nothing to do, ever. */
  | { kind: 'not-needed' }
  /** Too early (the interval was lengthened after the alert was raised): try again then. */
  | { kind: 'not-yet'; dueAt: Date };

/**
 * The escalation check, run at the alert's time plus the practice's
 * escalation interval. If nobody acknowledged the alert by then, it is marked
 * escalated, and the practice's fallback contact (a supervisor on call) is
 * added to those told and notified in the app (the alert is in their inbox
 * from now on) and by e-mail (no name, no answer). Marking is one conditional
 * update, so a second run, or a run on another instance, escalates nothing.
 */
export async function escalateAlert(
  trx: Transaction<DB>,
  deps: Pick<Deps, 'config' | 'log'>,
  job: AlertJob,
  now: Date,
): Promise<EscalationOutcome> {
  const alert = await alertForNotice(trx, job.practiceId, job.alertId);
  if (!alert || alert.state !== 'new' || alert.escalated_at !== null) return { kind: 'not-needed' };
  const dueAt = new Date(alert.created_at.getTime() + alert.escalation_minutes * 60_000);
  if (now < dueAt) return { kind: 'not-yet', dueAt };
  if (!(await markEscalated(trx, job.practiceId, job.alertId, now))) return { kind: 'not-needed' };
  const fallback = await activeFallbackContact(trx, job.practiceId, alert.alert_fallback_staff_id);
  if (fallback) {
    await addFallbackRecipient(trx, job.practiceId, job.alertId, fallback.id, now);
    if (deps.config.smtpUrl !== null) {
      const others = (await recipientsForNotice(trx, job.practiceId, job.alertId)).filter(
        (r) => r.staff_id !== fallback.id,
      );
      const mail = alertEscalationMail({
        link: inboxLink(deps.config.publicUrl),
        minutes: alert.escalation_minutes,
        alsoTold: others.map((r) => `${r.display_name} (${r.role})`),
      });
      await enqueueMail(
        trx,
        { practiceId: job.practiceId, kind: 'other', tokenId: null, to: fallback.email, ...mail },
        { smtpConfigured: true, now },
      );
    }
  } else {
    // Ids only: the log must not say whose alert or what it was.
    deps.log.warn(
      { practiceId: job.practiceId, alertId: job.alertId },
      'alert escalated with no active fallback contact to tell',
    );
  }
  await appendAuditEvent(
    trx,
    {
      ...auditedBySystem(job.practiceId),
      action: 'alert.escalate',
      resourceType: 'alert',
      resourceId: job.alertId,
      clientId: alert.client_id,
      outcome: 'allowed',
      detail: { fallbackStaffId: fallback?.id ?? null, minutes: alert.escalation_minutes },
    },
    now,
  );
  return { kind: 'escalated', fallbackStaffId: fallback?.id ?? null };
}
