import { parseArgs } from 'node:util';
import { checkAuditKeys } from '../doctor/check-audit-keys.ts';
import { checkBackups } from '../doctor/check-backups.ts';
import { checkDurability } from '../doctor/check-database.ts';
import { checkEncryptionKey } from '../doctor/check-encryption-key.ts';
import { checkMail } from '../doctor/check-mail.ts';
import { checkRoles } from '../doctor/check-roles.ts';
import { checkWeb } from '../doctor/check-web.ts';
import type { Finding } from '../doctor/finding.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

const help = `Usage: tandem doctor [--json]

Checks this deployment the way Tandem will run it (same environment variables)
and prints what to fix: the database's durability and roles (least privilege),
mail, TLS and the proxy, the audit signing key and checkpoints, the encryption
keyring and the keys of encrypted values, backups. Exit
code 1 when anything must be fixed before real clients use this Tandem.`;

const marks = { ok: '  ok  ', warn: ' warn ', fail: ' FAIL ' } as const;

export const command: Command = {
  name: 'doctor',
  summary: 'Check this deployment (database roles, durability, mail, TLS, keys, backups)',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    return withDatabase(io, async (database, config) => {
      const now = new Date();
      const findings: Finding[] = [
        ...(await checkDurability(database.db, database.kind)),
        ...(await checkRoles(database.db, database.kind, config)),
        ...(await checkMail(config)),
        ...checkWeb(config),
        ...(await checkAuditKeys(database.db, config, now)),
        ...(await checkEncryptionKey(database.db, config)),
        ...(await checkBackups(database.db, config.backupDir, now)),
      ];
      if (values.json) {
        io.stdout(JSON.stringify({ findings }, null, 2));
      } else {
        for (const finding of findings) {
          io.stdout(`[${marks[finding.status]}] ${finding.topic}: ${finding.message}`);
          if (finding.fix) io.stdout(`         fix: ${finding.fix}`);
        }
        const failures = findings.filter((f) => f.status === 'fail').length;
        const warnings = findings.filter((f) => f.status === 'warn').length;
        io.stdout(
          failures === 0 && warnings === 0
            ? '\nEverything checked is in order.'
            : `\n${failures} to fix, ${warnings} worth a look.`,
        );
      }
      return findings.some((f) => f.status === 'fail') ? 1 : 0;
    });
  },
};
