import type { Kysely } from 'kysely';
import { newId } from '@tandem/core';
import type { DB } from '../../db/schema.ts';

export interface OutgoingMail {
  practiceId: string;
  to: string;
  /** Never clinical, never a name: subjects show on lock screens. */
  subject: string;
  body: string;
}

/**
 * Mail is written to the outbox in the same transaction as the change that
 * caused it, then sent by the outbox worker. Without SMTP it is 'kept' and
 * shown to the practice admin, so a single-machine install still works.
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

export async function listOutbox(db: Kysely<DB>, practiceId: string, limit = 200) {
  return db
    .selectFrom('outbox')
    .select([
      'id',
      'to_address',
      'subject',
      'body',
      'status',
      'created_at',
      'sent_at',
      'attempts',
      'last_error',
    ])
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
