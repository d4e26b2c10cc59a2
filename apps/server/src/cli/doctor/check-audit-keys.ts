import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import {
  fileMode,
  loadAnchorPublicKey,
  readAnchorLines,
} from '../../modules/audit/audit-anchor-file.ts';
import { checkAnchors } from '../../modules/audit/audit-verify-anchors.ts';
import { fail, ok, warn, type Finding } from './finding.ts';

/**
 * The audit signing key (outside the database, private to Tandem's user) and
 * the checkpoints it signs: present, recent, and in agreement with the chains.
 */
export async function checkAuditKeys(
  db: Kysely<DB>,
  config: Pick<Config, 'auditKeyFile' | 'auditAnchorFile' | 'auditAnchorIntervalSeconds'>,
  now: Date,
): Promise<Finding[]> {
  const mode = await fileMode(config.auditKeyFile);
  if (mode === null) {
    return [
      warn(
        'audit key',
        `There is no audit signing key at ${config.auditKeyFile} yet (Tandem makes it at its first start).`,
        'Start Tandem once, or point TANDEM_AUDIT_KEY_FILE at the key; keep a copy of it with your backups, away from the database.',
      ),
    ];
  }
  const findings: Finding[] = [];
  if ((mode & 0o077) !== 0) {
    findings.push(
      fail(
        'audit key',
        `${config.auditKeyFile} is readable by others (mode ${mode.toString(8)}): whoever reads it can sign false checkpoints.`,
        `chmod 600 ${config.auditKeyFile}`,
      ),
    );
  } else {
    findings.push(ok('audit key', `${config.auditKeyFile} (mode ${mode.toString(8)})`));
  }
  const lines = await readAnchorLines(config.auditAnchorFile);
  if (lines === null || lines.length === 0) {
    findings.push(
      warn(
        'audit checkpoints',
        `No checkpoints in ${config.auditAnchorFile}: a cut tail of the audit log would go unnoticed.`,
        'Start Tandem (it writes checkpoints every minute a chain moves), and copy that file, or Tandem’s log, off this machine regularly.',
      ),
    );
    return findings;
  }
  const report = await checkAnchors(db, lines, await loadAnchorPublicKey(config.auditKeyFile));
  const age = (now.getTime() - (await stat(config.auditAnchorFile)).mtime.getTime()) / 1000;
  if (report.problems.length > 0) {
    findings.push(
      fail(
        'audit checkpoints',
        `${report.problems.length} checkpoint(s) disagree with the audit log (first: ${report.problems[0]?.problem}, ${report.problems[0]?.detail}).`,
        'Run `tandem audit verify` for the details, and treat it as an incident: compare with your off-machine copies.',
      ),
    );
  } else {
    findings.push(
      ok(
        'audit checkpoints',
        `${report.lines} checkpoint(s) agree with ${report.chains} chain(s); the newest was written ${Math.round(age)} s ago`,
      ),
    );
  }
  return findings;
}
