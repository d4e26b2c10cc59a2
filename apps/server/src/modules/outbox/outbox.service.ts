import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { withoutOneTimeLinks } from './mail-templates.ts';
import { listOutbox } from './outbox.repo.ts';

/**
 * The admin's view of e-mail. Without SMTP, mail is 'kept' here and the admin
 * hands its link on; mail that goes (or went) out over SMTP shows without its
 * one-time link. The read is audited: messages name the people they went to.
 */
export async function outboxForAdmin(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor) {
  await requirePracticeAccess(deps, actor, 'outbox.read');
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listOutbox(trx, actor.practiceId);
    await appendAuditEvent(
      trx,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'outbox.read',
        resourceType: 'outbox',
        outcome: 'allowed',
        detail: { messageIds: rows.map((row) => row.id) },
      },
      deps.clock(),
    );
    return rows.map((row) => ({
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      body: row.status === 'kept' ? row.body : withoutOneTimeLinks(row.body),
      status: row.status,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    }));
  });
}
