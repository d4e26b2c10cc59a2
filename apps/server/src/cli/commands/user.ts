import { parseArgs } from 'node:util';
import { emailSchema, isAppError } from '@tandem/core';
import { issueOperatorReset } from '../../modules/auth/operator-reset.service.ts';
import type { Command } from '../command.ts';
import { subcommandOf } from '../subcommand.ts';
import { operatorName } from '../operator.ts';
import { withDatabase } from '../with-database.ts';

const help = `Usage: tandem user reset-password --email <address>

Issues a one-time link to choose a new password and prints it here, for you
to hand to its owner (in person or by phone). This is how passwords are reset
when Tandem has no SMTP_URL: a link e-mailed into the admin's outbox could be
used by whoever reads the outbox. The link works once, within 24 hours. Every
session of the person ends at once, and each practice they belong to records
the reset in its audit log with you (the operator) as the actor.`;

export const command: Command = {
  name: 'user',
  summary: 'People: `tandem user reset-password --email …` (without SMTP, resets go through you)',
  async run(argv, io) {
    const parsed = subcommandOf(argv, io, {
      name: 'user',
      help,
      subcommands: ['reset-password'] as const,
    });
    if ('exitCode' in parsed) return parsed.exitCode;
    const { rest } = parsed;
    const { values } = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    const email = emailSchema.safeParse(values.email ?? '');
    if (!email.success) {
      io.stderr(`--email: ${email.error.issues[0]?.message ?? 'not a valid e-mail address'}`);
      return 2;
    }
    return withDatabase(io, async ({ db }, config) => {
      try {
        const reset = await issueOperatorReset(
          { db, config, clock: () => new Date() },
          { email: email.data, operator: operatorName(io.env) },
        );
        io.stdout(
          [
            `A one-time link for ${email.data} to choose a new password (valid until ${reset.expiresAt.toISOString()}):`,
            reset.link,
            '',
            'Give it to its owner yourself (in person or by phone), never through the outbox.',
            `Their sessions have ended. Recorded in the audit log of: ${reset.practices.join(', ')}.`,
          ].join('\n'),
        );
        return 0;
      } catch (error) {
        if (isAppError(error) && error.code === 'NOT_FOUND') {
          io.stderr(`--email: ${error.message}`);
          return 1;
        }
        throw error;
      }
    });
  },
};
