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
import { caseloadLink } from './notify-staff-notice.ts';
import { markNoticeTold, pendingDigestStaffNotices } from './staff-notices.repo.ts';

export interface DigestJob {
  practiceId: string;
  staffId: string;
}

/**
 * One staff member's gathered notices: every alert and caseload notice (not
 * on track, overdue) they chose to hear about in the digest and were not yet
 * told of is marked told, and one e-mail counts the alerts still waiting for
 * someone to acknowledge and the caseload notices (none is sent when all
 * alerts were handled meanwhile and there are no notices, or without SMTP).
 * Counts and a link only.
 */
export async function sendAlertDigest(
  trx: Transaction<DB>,
  deps: Pick<Deps, 'config'>,
  job: DigestJob,
  now: Date,
): Promise<number> {
  const pending = await pendingDigestNotices(trx, job.practiceId, job.staffId);
  const staffNotices = await pendingDigestStaffNotices(trx, job.practiceId, job.staffId);
  if (pending.length === 0 && staffNotices.length === 0) return 0;
  const waiting = pending.filter((p) => p.state === 'new');
  const notices = {
    notOnTrack: staffNotices.filter((n) => n.kind === 'not-on-track').length,
    overdue: staffNotices.filter((n) => n.kind === 'overdue').length,
  };
  const address = await activeStaffAddress(trx, job.practiceId, job.staffId);
  const email =
    waiting.length + staffNotices.length > 0 &&
    address !== undefined &&
    deps.config.smtpUrl !== null;
  if (email) {
    const mail = alertDigestMail({
      // Alerts wait in the inbox; caseload notices only on the caseload.
      link:
        waiting.length > 0 ? inboxLink(deps.config.publicUrl) : caseloadLink(deps.config.publicUrl),
      count: waiting.length,
      notices,
    });
    await enqueueMail(
      trx,
      { practiceId: job.practiceId, kind: 'other', tokenId: null, to: address.email, ...mail },
      { smtpConfigured: true, now },
    );
  }
  const alertIds = pending.map((p) => p.alert_id);
  const noticeIds = staffNotices.map((n) => n.notice_id);
  await markDigestSent(trx, job.practiceId, job.staffId, alertIds, now);
  await markNoticeTold(trx, job.practiceId, { noticeIds, staffIds: [job.staffId] }, now);
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
        noticeIds,
        clientIds: [
          ...new Set([...pending.map((p) => p.client_id), ...staffNotices.map((n) => n.client_id)]),
        ],
        email,
      },
    },
    now,
  );
  return waiting.length + staffNotices.length;
}
