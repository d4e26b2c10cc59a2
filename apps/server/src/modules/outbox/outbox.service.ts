import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { listOutbox } from './outbox.repo.ts';

/** The admin's view of e-mail: mail is kept here when no SMTP server is configured. */
export async function outboxForAdmin(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor) {
  await requirePracticeAccess(deps, actor, 'outbox.read');
  const rows = await listOutbox(deps.db, actor.practiceId);
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    status: row.status,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  }));
}
