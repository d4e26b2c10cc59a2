import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { OPERATOR_ROLE } from '../audit/audited-by.ts';
import { issueResetLink } from './reset-link.ts';
import { deleteSessionsOfAccount } from '../sessions/sessions.repo.ts';
import { activeMembershipsOf, findAccountByEmail } from '../users/users.repo.ts';

/** A link handed over in person or by phone may take longer to reach its owner than an e-mail. */
export const OPERATOR_RESET_TTL_MS = 24 * 3_600_000;

export interface OperatorReset {
  link: string;
  expiresAt: Date;
  /** The practices the person belongs to: each one's audit log records the reset. */
  practices: string[];
}

/**
 * The reset an operator issues on the server (`tandem user reset-password`)
 * when Tandem has no SMTP to e-mail the link: the link is printed to the
 * operator, who passes it to its owner, never stored where an admin could
 * read it. Every session of the person ends at once (someone who knew the old
 * password is out), older reset links stop working, and each practice the
 * person belongs to records the operator as the actor.
 */
export async function issueOperatorReset(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: { email: string; operator: string },
): Promise<OperatorReset> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const account = await findAccountByEmail(trx, input.email);
    const memberships = account ? await activeMembershipsOf(trx, account.id) : [];
    const through = memberships[0];
    if (!account || !through) {
      throw new AppError('NOT_FOUND', {
        message: 'No one with this address can sign in to Tandem (no active membership).',
        path: 'email',
      });
    }
    const reset = await issueResetLink(trx, {
      accountId: account.id,
      through: { practiceId: through.practice_id, userId: through.id },
      publicUrl: deps.config.publicUrl,
      ttlMs: OPERATOR_RESET_TTL_MS,
      now,
    });
    await deleteSessionsOfAccount(trx, account.id);
    for (const membership of memberships) {
      await appendAuditEvent(
        trx,
        {
          practiceId: membership.practice_id,
          actorId: null,
          actorRole: OPERATOR_ROLE,
          action: 'auth.password.reset-issued',
          resourceType: 'user',
          resourceId: membership.id,
          outcome: 'allowed',
          detail: {
            via: 'tandem user reset-password',
            operator: input.operator,
            sessionsEnded: true,
          },
        },
        now,
      );
    }
    return {
      link: reset.link,
      expiresAt: new Date(now.getTime() + OPERATOR_RESET_TTL_MS),
      practices: memberships.map((m) => m.practice_name),
    };
  });
}
