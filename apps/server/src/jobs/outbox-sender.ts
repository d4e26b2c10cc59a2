import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import { withoutOneTimeLinks } from '../modules/outbox/mail-templates.ts';

export interface MailTransport {
  send(mail: { from: string; to: string; subject: string; text: string }): Promise<void>;
}

export function smtpTransport(smtpUrl: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

const MAX_ATTEMPTS = 10;
const BATCH = 20;

/**
 * Sends due mail. Each message is claimed with FOR UPDATE SKIP LOCKED inside
 * its own transaction, so several instances may run this at once and none
 * sends a message twice while another holds it. Failures back off
 * exponentially; errors are logged without addresses or content.
 */
export async function sendDueMail(
  db: Kysely<DB>,
  transport: MailTransport,
  options: { from: string; now: () => Date; log: Logger },
): Promise<number> {
  let sent = 0;
  for (let i = 0; i < BATCH; i += 1) {
    const done = await db.transaction().execute(async (trx) => {
      const message = await trx
        .selectFrom('outbox')
        .select(['id', 'practice_id', 'kind', 'to_address', 'subject', 'body', 'attempts'])
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', options.now())
        .orderBy('next_attempt_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!message) return 'empty' as const;
      try {
        await transport.send({
          from: options.from,
          to: message.to_address,
          subject: message.subject,
          text: message.body,
        });
        await trx
          .updateTable('outbox')
          .set({
            status: 'sent',
            sent_at: options.now(),
            attempts: message.attempts + 1,
            last_error: null,
            // Delivered: the database keeps no live one-time link.
            body: withoutOneTimeLinks(message.body),
          })
          .where('practice_id', '=', message.practice_id)
          .where('id', '=', message.id)
          .execute();
        return 'sent' as const;
      } catch (error) {
        const attempts = message.attempts + 1;
        const delayMs = Math.min(3_600_000, 2 ** attempts * 5_000);
        const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
        options.log.warn({ outboxId: message.id, attempts }, 'mail delivery failed; will retry');
        const givingUp = attempts >= MAX_ATTEMPTS;
        // After many failures an invitation stays visible to the admin, who can pass its
        // link on; a password-reset link is never the admin's: it is withdrawn instead.
        const resetGivenUp = givingUp && message.kind === 'password_reset';
        await trx
          .updateTable('outbox')
          .set({
            attempts,
            last_error: reason,
            next_attempt_at: new Date(options.now().getTime() + delayMs),
            status: givingUp ? (resetGivenUp ? 'failed' : 'kept') : 'pending',
            ...(resetGivenUp ? { body: withoutOneTimeLinks(message.body) } : {}),
          })
          .where('practice_id', '=', message.practice_id)
          .where('id', '=', message.id)
          .execute();
        return 'failed' as const;
      }
    });
    if (done === 'empty') break;
    if (done === 'sent') sent += 1;
  }
  return sent;
}

/** Polls the outbox until stopped; stop() waits for the round in progress. */
export function startOutboxWorker(
  db: Kysely<DB>,
  transport: MailTransport,
  options: { from: string; now: () => Date; log: Logger; intervalMs?: number },
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sendDueMail(db, transport, options)
      .catch((error: unknown) => options.log.error({ err: error }, 'outbox round failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 2_000);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
