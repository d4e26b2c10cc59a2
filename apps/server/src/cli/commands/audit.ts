import { parseArgs } from 'node:util';
import { migrationStatus } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { verifyAuditChains } from '../../modules/audit/audit-verify.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

const help = `Usage: tandem audit verify

Recomputes every practice's audit hash chain and reports changed, missing or
truncated events (exit code 1 when it finds any). It prints each chain's tip
(last event and its hash): keep those lines somewhere else, and a later run
that shows an older tip, or different hash for the same event, reveals a
rewritten chain.`;

export const command: Command = {
  name: 'audit',
  summary:
    'Audit log tools: `tandem audit verify` checks every practice chain for changed or removed events',
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === '--help' || sub === '-h' || sub === 'help') {
      io.stdout(help);
      return 0;
    }
    if (sub !== 'verify') {
      io.stderr(sub === undefined ? help : `tandem audit: unknown subcommand "${sub}"\n\n${help}`);
      return 2;
    }
    const { values } = parseArgs({
      args: rest,
      options: { help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    return withDatabase(io, async ({ db }) => {
      const schema = await migrationStatus(db, migrations);
      if (schema.applied.length === 0) {
        io.stderr(
          'tandem audit verify: this database has no Tandem tables yet (nothing to verify). Run `tandem migrate` or start Tandem first.',
        );
        return 1;
      }
      const report = await verifyAuditChains(db);
      for (const problem of report.problems) {
        io.stderr(
          `practice ${problem.practiceId} event ${problem.seq}: ${problem.problem} (${problem.detail})`,
        );
      }
      for (const tip of report.tips) {
        io.stdout(`tip  practice ${tip.practiceId}  event ${tip.seq}  ${tip.hash}`);
      }
      const verdict =
        report.problems.length === 0 ? 'intact' : `${report.problems.length} problem(s) found`;
      io.stdout(`Audit log: ${report.chains} chain(s), ${report.events} event(s): ${verdict}.`);
      return report.problems.length === 0 ? 0 : 1;
    });
  },
};
