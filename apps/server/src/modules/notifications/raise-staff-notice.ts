import type { Transaction } from 'kysely';
import { newId } from '@tandem/core';
import type { DB, StaffNoticeKind } from '../../db/schema.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { auditedBySystem } from '../alerts/audited-by-system.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { enqueueDigest } from './digest-job.ts';
import { careTeamFor, insertNotice, insertNoticeRecipients } from './staff-notices.repo.ts';

export interface StaffNoticeInput {
  practiceId: string;
  kind: StaffNoticeKind;
  clientId: string;
  instrumentId: string;
  /**
   * What makes the notice one: for not-on-track the client, measure and the
   * episode's start; for overdue the occasion. The same key again (a retried
   * job, a second instance, a pinned clock) makes nothing.
   */
  dedupeKey: string;
}

/**
 * Tells the client's care team, each as they chose for this kind (at once:
 * e-mail now, by the 'staff-notice-notify' job; or in their next digest).
 * Inside the caller's transaction, the one that noticed the change, so the
 * notice exists if and only if that change committed. Unlike a critical
 * alert, nobody's choice is overridden and there is no fallback contact:
 * the client's flag is on the caseload for anyone who looks. Answers the
 * new notice's id, or null when it existed already.
 */
export async function raiseStaffNotice(
  trx: Transaction<DB>,
  input: StaffNoticeInput,
  now: Date,
): Promise<string | null> {
  const id = newId();
  const made = await insertNotice(trx, { ...input, id }, now);
  if (!made) return null;
  const recipients = await careTeamFor(trx, input.practiceId, input.clientId, input.kind);
  await insertNoticeRecipients(trx, input.practiceId, id, recipients, now);
  if (recipients.some((r) => r.delivery === 'immediate')) {
    await enqueueJob(trx, {
      practiceId: input.practiceId,
      kind: 'staff-notice-notify',
      dedupeKey: id,
      runAt: now,
      payload: { noticeId: id },
    });
  }
  for (const r of recipients.filter((x) => x.delivery === 'digest')) {
    await enqueueDigest(trx, { practiceId: input.practiceId, staffId: r.staffId }, now);
  }
  // Audit last: appending locks the practice's chain tip until commit.
  await appendAuditEvent(
    trx,
    {
      ...auditedBySystem(input.practiceId),
      action: 'staff-notice.raise',
      resourceType: 'staff-notice',
      resourceId: id,
      clientId: input.clientId,
      outcome: 'allowed',
      detail: {
        kind: input.kind,
        instrumentId: input.instrumentId,
        staffIds: recipients.map((r) => r.staffId),
      },
    },
    now,
  );
  return id;
}
