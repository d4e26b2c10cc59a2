import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import {
  LINK_SPENT,
  LINK_WITHHELD,
  RESET_LINK_WITHHELD,
  withoutOneTimeLinks,
} from './mail-templates.ts';
import { dismissOutboxMessage, listOutbox } from './outbox.repo.ts';

/** The state of the one-time link a message carries, as the admin sees it. */
export type LinkState = 'active' | 'used' | 'replaced' | 'expired' | 'none';

export interface OutboxMessage {
  id: string;
  kind: 'invitation' | 'password_reset' | 'other';
  to: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'kept' | 'failed';
  link: LinkState;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * The admin's view of e-mail. Without SMTP an invitation is 'kept' here and
 * the admin hands its link on, until the link is used, replaced by a newer
 * one or expires; from then on it is not shown. A link that goes (or went)
 * out by e-mail is never shown, and a password-reset link never is: whoever
 * could read it could become that person. The read is audited: messages name
 * the people they went to.
 */
export async function outboxForAdmin(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
): Promise<OutboxMessage[]> {
  const scope = await requirePracticeAccess(deps, actor, 'outbox.manage');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listOutbox(trx, scope.practiceId);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'outbox.read',
        resourceType: 'outbox',
        outcome: 'allowed',
        detail: { messageIds: rows.map((row) => row.id) },
      },
      now,
    );
    return rows.map((row) => {
      const link = linkState(row, now);
      return {
        id: row.id,
        kind: row.kind,
        to: row.to_address,
        subject: row.subject,
        body: visibleBody(row.body, row.kind, row.status, link),
        status: row.status,
        link,
        createdAt: row.created_at,
        sentAt: row.sent_at,
      };
    });
  });
}

/** Takes a message off the admin's list (it stays in the database, and the dismissal is audited). */
export async function dismissOutboxEntry(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  messageId: string,
): Promise<void> {
  const scope = await requirePracticeAccess(deps, actor, 'outbox.manage');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await dismissOutboxMessage(trx, scope.practiceId, messageId, now))) {
      throw new AppError('NOT_FOUND');
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'outbox.dismiss',
        resourceType: 'outbox-message',
        resourceId: messageId,
        outcome: 'allowed',
      },
      now,
    );
  });
}

function linkState(
  row: { used_at: Date | null; replaced_at: Date | null; expires_at: Date | null },
  now: Date,
): LinkState {
  if (row.expires_at === null) return 'none';
  if (row.used_at !== null) return 'used';
  if (row.replaced_at !== null) return 'replaced';
  if (row.expires_at <= now) return 'expired';
  return 'active';
}

function visibleBody(
  body: string,
  kind: OutboxMessage['kind'],
  status: OutboxMessage['status'],
  link: LinkState,
): string {
  if (kind === 'password_reset') return withoutOneTimeLinks(body, RESET_LINK_WITHHELD);
  if (status !== 'kept') return withoutOneTimeLinks(body, LINK_WITHHELD);
  return link === 'active' || link === 'none' ? body : withoutOneTimeLinks(body, LINK_SPENT);
}
