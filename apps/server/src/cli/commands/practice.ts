import { parseArgs } from 'node:util';
import { practiceNameSchema } from '@tandem/core';
import pino from 'pino';
import { appendAuditEvent } from '../../modules/audit/audit.repo.ts';
import { OPERATOR_ROLE } from '../../modules/audit/audited-by.ts';
import { knownCountries } from '../../modules/crisis/crisis-lines.ts';
import { createPractice } from '../../modules/practices/practices.service.ts';
import type { Command } from '../command.ts';
import { subcommandOf } from '../subcommand.ts';
import { operatorName } from '../operator.ts';
import { withDatabase } from '../with-database.ts';

const help = `Usage: tandem practice list [--json]
       tandem practice create --name <name> [--country <ISO 3166 code>]

One installation can host several practices (a group of clinics, a hosted
service); each has its own people, records, consent text and audit chain.
\`create\` prints the new practice's id; give it its first admin with
\`tandem admin create --practice-id <id> --email … --name …\`.
--country (default TANDEM_COUNTRY, else US) decides which crisis lines the
practice's clients see.`;

export const command: Command = {
  name: 'practice',
  summary: 'Practices on this installation: `tandem practice list`, `tandem practice create`',
  async run(argv, io) {
    const parsed = subcommandOf(argv, io, {
      name: 'practice',
      help,
      subcommands: ['list', 'create'] as const,
    });
    if ('exitCode' in parsed) return parsed.exitCode;
    const { sub, rest } = parsed;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        country: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    if (positionals.length > 0) {
      io.stderr(`tandem practice ${sub}: unexpected argument "${positionals[0]}"\n\n${help}`);
      return 2;
    }
    if (sub === 'list') return listPractices(io, values.json === true);

    const parsedName = practiceNameSchema.safeParse(values.name ?? '');
    if (!parsedName.success) {
      io.stderr(`--name: ${parsedName.error.issues[0]?.message ?? 'not a valid name'}`);
      return 2;
    }
    const name = parsedName.data;
    const country = values.country?.toUpperCase();
    if (country !== undefined && !knownCountries.includes(country)) {
      io.stderr(`--country: "${values.country}" is not an ISO 3166 country code Tandem knows.`);
      return 2;
    }
    return withDatabase(io, async ({ db, migrate }, config) => {
      await migrate(pino({ level: 'warn' }));
      const id = await db.transaction().execute(async (trx) => {
        const now = new Date();
        const practiceId = await createPractice(trx, {
          name,
          demo: false,
          country: country ?? config.defaultCountry,
          now,
        });
        // No signed-in actor: whoever runs the command on the server's machine.
        await appendAuditEvent(
          trx,
          {
            practiceId,
            actorId: null,
            actorRole: OPERATOR_ROLE,
            action: 'practice.create',
            resourceType: 'practice',
            resourceId: practiceId,
            outcome: 'allowed',
            detail: { via: 'tandem practice create', operator: operatorName(io.env) },
          },
          now,
        );
        return practiceId;
      });
      io.stdout(`Practice "${name}" created with id ${id}.`);
      io.stdout(`Next: tandem admin create --practice-id ${id} --email <address> --name <name>`);
      return 0;
    });
  },
};

function listPractices(io: Parameters<Command['run']>[1], json: boolean): Promise<number> {
  return withDatabase(io, async ({ db, migrate }) => {
    await migrate(pino({ level: 'warn' }));
    const practices = await db
      .selectFrom('practices')
      .select(['id', 'name', 'country', 'demo', 'created_at'])
      .orderBy('created_at')
      .execute();
    if (json) {
      io.stdout(
        JSON.stringify(
          practices.map((p) => ({
            id: p.id,
            name: p.name,
            country: p.country,
            demo: p.demo,
            createdAt: p.created_at.toISOString(),
          })),
        ),
      );
      return 0;
    }
    if (practices.length === 0) {
      io.stdout('No practice yet: `tandem admin create` makes the first one.');
      return 0;
    }
    for (const p of practices) {
      io.stdout(`${p.id}  ${p.country}  ${p.name}${p.demo ? '  (demo)' : ''}`);
    }
    return 0;
  });
}
