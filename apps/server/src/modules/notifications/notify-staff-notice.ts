import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { JobPayload } from '../../jobs/job-kinds.ts';
import type { JobHandler } from '../../jobs/job-types.ts';
import { auditedBySystem } from '../alerts/audited-by-system.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { staffNoticeMail } from '../outbox/mail-templates.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import { dueImmediateRecipients, markNoticeTold } from './staff-notices.repo.ts';

/**
 * E-mails those who chose to hear at once about a notice, and records that
 * they were told. The e-mail names no client and no measure: a fixed text and
 * a link to the caseload, where the flag and its reason wait (the in-app side
 * of the notice). Without SMTP nobody could send it: they are marked told all
 * the same (the caseload shows the flag), and the audit says no e-mail went.
 * The recipients are locked and marked in this job's transaction, so a retry
 * or a second instance finds nobody left to tell.
 */
export async function notifyStaffNotice(
  trx: Transaction<DB>,
  deps: Pick<Deps, 'config'>,
  job: { practiceId: string; noticeId: string },
  now: Date,
): Promise<string[]> {
  const due = await dueImmediateRecipients(trx, job.practiceId, job.noticeId);
  const first = due[0];
  if (!first) return [];
  const smtp = deps.config.smtpUrl !== null;
  for (const recipient of due) {
    if (!smtp || recipient.status !== 'active') continue;
    const mail = staffNoticeMail({
      kind: recipient.kind,
      link: caseloadLink(deps.config.publicUrl),
    });
    await enqueueMail(
      trx,
      { practiceId: job.practiceId, kind: 'other', tokenId: null, to: recipient.email, ...mail },
      { smtpConfigured: true, now },
    );
  }
  const told = due.map((r) => r.staff_id);
  await markNoticeTold(trx, job.practiceId, { noticeIds: [job.noticeId], staffIds: told }, now);
  await appendAuditEvent(
    trx,
    {
      ...auditedBySystem(job.practiceId),
      action: 'staff-notice.notify',
      resourceType: 'staff-notice',
      resourceId: job.noticeId,
      clientId: first.client_id,
      outcome: 'allowed',
      detail: { staffIds: told, email: smtp },
    },
    now,
  );
  return told;
}

/** The caseload, not the client: the link says nothing about whom it is for. */
export function caseloadLink(publicUrl: string): string {
  return `${publicUrl}/`;
}

/** 'staff-notice-notify': see notifyStaffNotice. */
export const staffNoticeNotifyJob: JobHandler<
  Pick<Deps, 'config'>,
  JobPayload<'staff-notice-notify'>
> = {
  run: async (deps, { job, now, trx }) => {
    await notifyStaffNotice(
      trx,
      deps,
      { practiceId: job.practiceId, noticeId: job.payload.noticeId },
      now,
    );
  },
};
