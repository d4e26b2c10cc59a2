import { parseArgs } from 'node:util';
import pino from 'pino';
import { migrationStatus } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const command: Command = {
  name: 'migrate',
  summary: 'Apply database migrations (--status to list them without applying)',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { status: { type: 'boolean' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      io.stdout('Usage: tandem migrate [--status]');
      return 0;
    }
    return withDatabase(io, async ({ db, migrate }) => {
      if (!values.status) await migrate(pino({ level: 'warn' }));
      const status = await migrationStatus(db, migrations);
      for (const row of status.applied)
        io.stdout(`applied  ${row.name}  (${row.executedAt.toISOString()})`);
      for (const name of status.pending) io.stdout(`pending  ${name}`);
      for (const name of status.unknown) io.stdout(`unknown  ${name}  (applied by a newer Tandem)`);
      return 0;
    });
  },
};
