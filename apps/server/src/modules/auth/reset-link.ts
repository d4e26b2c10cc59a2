import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { issueToken, voidResetTokensOfAccount } from '../invitations/one-time-tokens.repo.ts';

/**
 * A new password-reset link for the account, issued through one of its
 * memberships (the password it sets is the account's); every older reset
 * link of the account stops working.
 */
export async function issueResetLink(
  db: Kysely<DB>,
  input: {
    accountId: string;
    through: { practiceId: string; userId: string };
    publicUrl: string;
    ttlMs: number;
    now: Date;
  },
): Promise<{ link: string; tokenId: string }> {
  await voidResetTokensOfAccount(db, input.accountId, input.now);
  const issued = await issueToken(db, {
    practiceId: input.through.practiceId,
    userId: input.through.userId,
    purpose: 'password_reset',
    now: input.now,
    ttlMs: input.ttlMs,
  });
  return { link: `${input.publicUrl}/reset-password#token=${issued.token}`, tokenId: issued.id };
}
