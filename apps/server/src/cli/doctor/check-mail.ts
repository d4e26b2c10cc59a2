import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import { fail, ok, warn, type Finding } from './finding.ts';

/**
 * A real practice needs e-mail: without SMTP, invitation links wait in the
 * admin's outbox and password resets can only be issued on the server.
 */
export async function checkMail(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Promise<Finding[]> {
  if (config.smtpUrl === null) {
    return [
      fail(
        'mail',
        'SMTP_URL is not set: invitations wait in the admin’s outbox, and forgotten passwords can only be reset by you on the server (`tandem user reset-password`).',
        'Set SMTP_URL (e.g. smtp://user:password@mail.example.org:587) and TANDEM_MAIL_FROM, then restart Tandem.',
      ),
    ];
  }
  const url = new URL(config.smtpUrl);
  url.searchParams.set('connectionTimeout', '5000');
  const transport = nodemailer.createTransport(url.toString());
  try {
    await transport.verify();
    return [ok('mail', `the SMTP server answers; mail is sent as ${config.mailFrom}`)];
  } catch (error) {
    return [
      warn(
        'mail',
        `SMTP_URL is set, but the server did not accept a connection (${error instanceof Error ? error.message : String(error)}).`,
        'Check the host, port and credentials in SMTP_URL; mail waits in the outbox and is retried meanwhile.',
      ),
    ];
  } finally {
    transport.close();
  }
}
