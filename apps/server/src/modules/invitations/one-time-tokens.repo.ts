import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { randomToken, sha256Hex } from '../auth/secrets.ts';

export type TokenPurpose = 'invitation' | 'password_reset';

export interface IssuedToken {
  /** Goes into the link; only its hash is stored. */
  token: string;
  /** The stored id (the token's hash), which the outbox message names. */
  id: string;
}

/**
 * Issues a one-time token (only its hash is stored); older unused tokens of
 * the same purpose for the same person stop working ("replaced").
 */
export async function issueToken(
  db: Kysely<DB>,
  input: { practiceId: string; userId: string; purpose: TokenPurpose; now: Date; ttlMs: number },
): Promise<IssuedToken> {
  const token = randomToken();
  await db
    .updateTable('one_time_tokens')
    .set({ replaced_at: input.now })
    .where('practice_id', '=', input.practiceId)
    .where('user_id', '=', input.userId)
    .where('purpose', '=', input.purpose)
    .where('used_at', 'is', null)
    .where('replaced_at', 'is', null)
    .execute();
  const id = sha256Hex(token);
  await db
    .insertInto('one_time_tokens')
    .values({
      id,
      practice_id: input.practiceId,
      user_id: input.userId,
      purpose: input.purpose,
      expires_at: new Date(input.now.getTime() + input.ttlMs),
      created_at: input.now,
    })
    .execute();
  return { token, id };
}

export interface ValidToken {
  id: string;
  practiceId: string;
  userId: string;
}

/** A token that exists, has this purpose, is unused and unexpired; `lock` holds it for consumption. */
export async function findValidToken(
  db: Kysely<DB>,
  token: string,
  purpose: TokenPurpose,
  now: Date,
  lock = false,
): Promise<ValidToken | undefined> {
  let query = db
    .selectFrom('one_time_tokens')
    .select(['id', 'practice_id', 'user_id'])
    .where('id', '=', sha256Hex(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('replaced_at', 'is', null)
    .where('expires_at', '>', now);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? { id: row.id, practiceId: row.practice_id, userId: row.user_id } : undefined;
}

export async function consumeToken(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable('one_time_tokens').set({ used_at: now }).where('id', '=', id).execute();
}

/** Voids every unused reset link of the account, whichever of its memberships it was issued through. */
export async function voidResetTokensOfAccount(
  db: Kysely<DB>,
  accountId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('one_time_tokens')
    .set({ replaced_at: now })
    .where('purpose', '=', 'password_reset')
    .where('used_at', 'is', null)
    .where('replaced_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('users as u')
          .select('u.id')
          .whereRef('u.practice_id', '=', 'one_time_tokens.practice_id')
          .whereRef('u.id', '=', 'one_time_tokens.user_id')
          .where('u.account_id', '=', accountId),
      ),
    )
    .execute();
}
