import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import {
  activeStaffAddress,
  markDigestSent,
  pendingDigestNotices,
} from '../alerts/alert-notices.repo.ts';
import { auditedBySystem } from '../alerts/audited-by-system.ts';
import { inboxLink } from '../alerts/notify-alert.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { alertDigestMail } from '../outbox/mail-templates.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';

export interface DigestJob {
  practiceId: string;
  staffId: string;
}

/**
 * One staff member's gathered notices: every alert they chose to hear about
 * in the digest and were not yet told of is marked told, and one e-mail
 * counts those still waiting for someone to acknowledge (none is sent when
 * all were handled meanwhile, or without SMTP). The count and a link only.
 */
export async function sendAlertDigest(
  trx: Transaction<DB>,
  deps: Pick<Deps, 'config'>,
  job: DigestJob,
  now: Date,
): Promise<number> {
  const pending = await pendingDigestNotices(trx, job.practiceId, job.staffId);
  if (pending.length === 0) return 0;
  const waiting = pending.filter((p) => p.state === 'new');
  const address = await activeStaffAddress(trx, job.practiceId, job.staffId);
  const email = waiting.length > 0 && address !== undefined && deps.config.smtpUrl !== null;
  if (email) {
    const mail = alertDigestMail({
      link: inboxLink(deps.config.publicUrl),
      count: waiting.length,
    });
    await enqueueMail(
      trx,
      { practiceId: job.practiceId, kind: 'other', tokenId: null, to: address.email, ...mail },
      { smtpConfigured: true, now },
    );
  }
  const alertIds = pending.map((p) => p.alert_id);
  await markDigestSent(trx, job.practiceId, job.staffId, alertIds, now);
  await appendAuditEvent(
    trx,
    {
      ...auditedBySystem(job.practiceId),
      action: 'alert.notify',
      resourceType: 'alert-digest',
      resourceId: job.staffId,
      outcome: 'allowed',
      detail: {
        staffId: job.staffId,
        alertIds,
        clientIds: [...new Set(pending.map((p) => p.client_id))],
        email,
      },
    },
    now,
  );
  return waiting.length;
}
