import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { withoutOneTimeLinks } from '../modules/outbox/mail-templates.ts';
import type { JobPayload } from './job-kinds.ts';
import type { JobHandler } from './job-types.ts';

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

export type OutboxSweepDeps = Pick<Deps, 'db' | 'config' | 'log' | 'clock'> & {
  /** Null without SMTP_URL: this instance then leaves the sweep to one that has it. */
  mail: MailTransport | null;
};

export const OUTBOX_SWEEP_EVERY_MS = 5_000;
/** Batches per sweep, so that a long queue drains within one sweep but a sweep still ends. */
const BATCHES_PER_SWEEP = 50;

/**
 * The outbox sender as a recurring job: once per period, on one instance,
 * sends what is due. A job per message would keep a second copy of each
 * message's retry state beside the outbox's own (attempts, next attempt,
 * kept or failed, shown to the admin); the sweep leaves that state where it
 * is, and each message is still claimed with SKIP LOCKED in its own
 * transaction, so a long sweep that overlaps the next period's sends nothing twice.
 */
export const outboxSweepJob: JobHandler<OutboxSweepDeps, JobPayload<'outbox-sweep'>> = {
  every: () => OUTBOX_SWEEP_EVERY_MS,
  enabled: (deps) => deps.mail !== null,
  async run(deps) {
    const mail = deps.mail;
    if (!mail) return;
    const options = { from: deps.config.mailFrom, now: deps.clock, log: deps.log };
    for (let batch = 0; batch < BATCHES_PER_SWEEP; batch += 1) {
      if ((await sendDueMail(deps.db, mail, options)) < BATCH) break;
    }
  },
};
