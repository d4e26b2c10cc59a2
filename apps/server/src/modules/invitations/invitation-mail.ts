import type { Kysely } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { DB } from '../../db/schema.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import { invitationMail } from '../outbox/mail-templates.ts';
import { practiceName } from '../users/users.repo.ts';
import { issueToken } from './one-time-tokens.repo.ts';

export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Issues a fresh invitation link for a member and puts the e-mail in the
 * outbox (same transaction). The same text for everyone: whether the address
 * has a Tandem account elsewhere is the invitee's to say, never the
 * inviter's to see.
 */
export async function sendInvitation(
  deps: Pick<Deps, 'config' | 'clock'>,
  db: Kysely<DB>,
  user: { practiceId: string; userId: string; email: string; role: string },
): Promise<{ link: string }> {
  const now = deps.clock();
  const issued = await issueToken(db, {
    practiceId: user.practiceId,
    userId: user.userId,
    purpose: 'invitation',
    now,
    ttlMs: INVITATION_TTL_MS,
  });
  const practice = await practiceName(db, user.practiceId);
  const link = `${deps.config.publicUrl}/accept-invitation#token=${issued.token}`;
  const mail = invitationMail({ practiceName: practice.name, role: user.role, link });
  await enqueueMail(
    db,
    {
      practiceId: user.practiceId,
      kind: 'invitation',
      tokenId: issued.id,
      to: user.email,
      ...mail,
    },
    { smtpConfigured: deps.config.smtpUrl !== null, now },
  );
  return { link };
}
