import type { Kysely } from 'kysely';
import { isUuid, newId } from '@tandem/core';
import type { DB, OutboxKind } from '../../db/schema.ts';

export interface OutgoingMail {
  practiceId: string;
  kind: OutboxKind;
  /** The one-time token whose link the body carries. */
  tokenId: string | null;
  to: string;
  /** Never clinical, never a name: subjects show on lock screens. */
  subject: string;
  body: string;
}

/**
 * Mail is written to the outbox in the same transaction as the change that
 * caused it, then sent by the outbox worker. Without SMTP an invitation is
 * 'kept' and shown to the practice admin, so a single-machine install still
 * works; a password reset is never written without SMTP (see
 * password.service.ts): its link would be the admin's to read.
 */
export async function enqueueMail(
  db: Kysely<DB>,
  mail: OutgoingMail,
  options: { smtpConfigured: boolean; now: Date },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('outbox')
    .values({
      id,
      practice_id: mail.practiceId,
      kind: mail.kind,
      token_id: mail.tokenId,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      status: options.smtpConfigured ? 'pending' : 'kept',
      attempts: 0,
      next_attempt_at: options.now,
      created_at: options.now,
    })
    .execute();
  return id;
}

/** The practice's messages not dismissed, newest first, with the state of the link each carries. */
export async function listOutbox(db: Kysely<DB>, practiceId: string, limit = 200) {
  return db
    .selectFrom('outbox as o')
    .leftJoin('one_time_tokens as t', 't.id', 'o.token_id')
    .select([
      'o.id',
      'o.kind',
      'o.to_address',
      'o.subject',
      'o.body',
      'o.status',
      'o.created_at',
      'o.sent_at',
      'o.attempts',
      't.used_at',
      't.replaced_at',
      't.expires_at',
    ])
    .where('o.practice_id', '=', practiceId)
    .where('o.dismissed_at', 'is', null)
    .orderBy('o.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Hides a message from the outbox list; answers whether it was there to dismiss. */
export async function dismissOutboxMessage(
  db: Kysely<DB>,
  practiceId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  // An id from a URL may be anything; only a UUID can name a message (PostgreSQL would reject the cast).
  if (!isUuid(id)) return false;
  const result = await db
    .updateTable('outbox')
    .set({ dismissed_at: now })
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
