import type { Command } from '../command.ts';
import { verifyAuditChains } from '../../modules/audit/audit-verify.ts';
import { withDatabase } from '../with-database.ts';

export const command: Command = {
  name: 'audit',
  summary:
    'Audit log tools: `tandem audit verify` checks every practice chain for changed or removed events',
  async run(argv, io) {
    if (argv[0] !== 'verify') {
      io.stdout('Usage: tandem audit verify');
      return argv[0] === '--help' ? 0 : 2;
    }
    return withDatabase(io, async ({ db }) => {
      const report = await verifyAuditChains(db);
      for (const problem of report.problems) {
        io.stderr(
          `practice ${problem.practiceId} event ${problem.seq}: ${problem.problem} (${problem.detail})`,
        );
      }
      const verdict =
        report.problems.length === 0 ? 'intact' : `${report.problems.length} problem(s) found`;
      io.stdout(`Audit log: ${report.chains} chain(s), ${report.events} event(s): ${verdict}.`);
      return report.problems.length === 0 ? 0 : 1;
    });
  },
};
