import { parseArgs } from 'node:util';
import pino from 'pino';
import { displayNameSchema, emailSchema, newId, practiceNameSchema } from '@tandem/core';
import { appendAuditEvent } from '../../modules/audit/audit.repo.ts';
import { OPERATOR_ROLE } from '../../modules/audit/audited-by.ts';
import { sendInvitation } from '../../modules/invitations/invitation-mail.ts';
import { createPractice } from '../../modules/practices/practices.service.ts';
import { insertUserIfNew } from '../../modules/users/users.repo.ts';
import type { Command } from '../command.ts';
import { subcommandOf } from '../subcommand.ts';
import { operatorName } from '../operator.ts';
import { withDatabase } from '../with-database.ts';

const help = `Usage: tandem admin create --email <address> --name <display name> [--practice <name>] [--practice-id <uuid>]

Creates a clinic admin and prints a one-time link (valid 7 days) to set the password.
With no practice yet, a new practice is created (--practice names it). With several
practices, --practice-id says which one.`;

export const command: Command = {
  name: 'admin',
  summary: 'Manage admins: `tandem admin create --email … --name …`',
  async run(argv, io) {
    const parsed = subcommandOf(argv, io, {
      name: 'admin',
      help,
      subcommands: ['create'] as const,
    });
    if ('exitCode' in parsed) return parsed.exitCode;
    const { rest } = parsed;
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        practice: { type: 'string' },
        'practice-id': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
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
    const name = displayNameSchema.safeParse(values.name ?? '');
    if (!name.success) {
      io.stderr(`--name: ${name.error.issues[0]?.message ?? 'not valid'}`);
      return 2;
    }
    const newPracticeName =
      values.practice === undefined ? undefined : practiceNameSchema.safeParse(values.practice);
    if (newPracticeName?.success === false) {
      io.stderr(`--practice: ${newPracticeName.error.issues[0]?.message ?? 'not valid'}`);
      return 2;
    }
    return withDatabase(io, async ({ db, migrate }, config) => {
      await migrate(pino({ level: 'warn' }));
      const link = await db.transaction().execute(async (trx) => {
        const practices = await trx.selectFrom('practices').select(['id', 'name']).execute();
        let practiceId = values['practice-id'];
        if (values.practice !== undefined && practices.length > 0) {
          throw new Error(
            '--practice: a practice exists already. Make another with `tandem practice create`, then give its --practice-id.',
          );
        }
        if (practiceId === undefined) {
          if (practices.length > 1)
            throw new Error(
              '--practice-id: there are several practices; say which one (`tandem practice list`).',
            );
          practiceId =
            practices[0]?.id ??
            (await createPractice(trx, {
              name: newPracticeName?.data ?? 'My practice',
              demo: false,
              country: config.defaultCountry,
              now: new Date(),
            }));
        } else if (!practices.some((p) => p.id === practiceId)) {
          throw new Error('--practice-id: no practice has this id.');
        }
        const id = newId();
        const now = new Date();
        const created = await insertUserIfNew(trx, {
          id,
          practiceId,
          email: email.data,
          displayName: name.data,
          role: 'admin',
          status: 'invited',
          now,
        });
        if (!created)
          throw new Error('--email: this address already belongs to someone in the practice.');
        // No signed-in actor: whoever runs the command on the server's machine.
        await appendAuditEvent(
          trx,
          {
            practiceId,
            actorId: null,
            actorRole: OPERATOR_ROLE,
            action: 'staff.create',
            resourceType: 'user',
            resourceId: id,
            outcome: 'allowed',
            detail: { role: 'admin', via: 'tandem admin create', operator: operatorName(io.env) },
          },
          now,
        );
        return sendInvitation({ config, clock: () => new Date() }, trx, {
          practiceId,
          userId: id,
          email: email.data,
          role: 'admin',
        });
      });
      io.stdout(
        `Admin ${email.data} created. To join, open this link (once, within 7 days); someone who already uses Tandem with this address joins with their password:\n${link.link}`,
      );
      return 0;
    });
  },
};
