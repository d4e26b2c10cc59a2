import { parseArgs } from 'node:util';
import { migrationStatus } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { loadAnchorPublicKey, readAnchorLines } from '../../modules/audit/audit-anchor-file.ts';
import { checkAnchors } from '../../modules/audit/audit-verify-anchors.ts';
import { verifyAuditChains } from '../../modules/audit/audit-verify.ts';
import type { Command, CommandIo } from '../command.ts';
import { subcommandOf } from '../subcommand.ts';
import { withDatabase } from '../with-database.ts';

const help = `Usage: tandem audit verify [--anchors <file>]… [--public-key <file>]

Recomputes every practice's audit hash chain and reports changed, missing or
truncated events (exit code 1 when it finds any). It then compares the chains
with the signed checkpoints Tandem keeps outside the database (by default
TANDEM_AUDIT_ANCHOR_FILE, checked with the key in TANDEM_AUDIT_KEY_FILE):
newest events deleted and the tip rewound, or a chain rewritten, show there.
Give --anchors once per copy (another instance's file, a copy kept off this
machine) and --public-key for a key kept elsewhere. It prints each chain's tip
(last event and its hash).`;

export const command: Command = {
  name: 'audit',
  summary:
    'Audit log tools: `tandem audit verify` checks every practice chain for changed or removed events',
  async run(argv, io) {
    const parsed = subcommandOf(argv, io, {
      name: 'audit',
      help,
      subcommands: ['verify'] as const,
    });
    if ('exitCode' in parsed) return parsed.exitCode;
    const { rest } = parsed;
    const { values } = parseArgs({
      args: rest,
      options: {
        anchors: { type: 'string', multiple: true },
        'public-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    return withDatabase(io, async ({ db }, config) => {
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
      const anchorProblems = await verifyAnchors(io, db, {
        files: values.anchors ?? [config.auditAnchorFile],
        keyFile: values['public-key'] ?? config.auditKeyFile,
      });
      for (const tip of report.tips) {
        io.stdout(`tip  practice ${tip.practiceId}  event ${tip.seq}  ${tip.hash}`);
      }
      const problems = report.problems.length + anchorProblems;
      const verdict = problems === 0 ? 'intact' : `${problems} problem(s) found`;
      io.stdout(`Audit log: ${report.chains} chain(s), ${report.events} event(s): ${verdict}.`);
      return problems === 0 ? 0 : 1;
    });
  },
};

/** Checks each anchor file; answers how many problems it printed. */
async function verifyAnchors(
  io: CommandIo,
  db: Parameters<typeof checkAnchors>[0],
  options: { files: string[]; keyFile: string },
): Promise<number> {
  let publicKey;
  try {
    publicKey = await loadAnchorPublicKey(options.keyFile);
  } catch {
    io.stderr(
      `No audit signing key at ${options.keyFile}: checkpoints cannot be checked, so a cut tail would go unnoticed. Give --public-key.`,
    );
    return 0;
  }
  let problems = 0;
  for (const file of options.files) {
    const lines = await readAnchorLines(file);
    if (lines === null) {
      io.stderr(
        `No checkpoints at ${file} yet: a cut tail would go unnoticed until Tandem writes some.`,
      );
      continue;
    }
    const report = await checkAnchors(db, lines, publicKey);
    for (const problem of report.problems) {
      io.stderr(
        `practice ${problem.practiceId} event ${problem.seq}: ${problem.problem} (${problem.detail})`,
      );
    }
    problems += report.problems.length;
    io.stdout(
      `Checkpoints ${file}: ${report.lines} line(s), ${report.chains} chain(s) compared: ${report.problems.length === 0 ? 'consistent' : `${report.problems.length} problem(s)`}.`,
    );
  }
  return problems;
}
