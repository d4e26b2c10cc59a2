import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import { rowsUnder, sealedValuesByKey } from '../../crypto/key-usage.ts';
import { KeyringFileError } from '../../crypto/keyring-file.ts';
import { operatorKeys } from '../../crypto/operator-keyring.ts';
import type { DB } from '../../db/schema.ts';
import { fileMode } from '../../modules/audit/audit-anchor-file.ts';
import { fail, ok, warn, type Finding } from './finding.ts';

/**
 * The keys that encrypt free text (ADR 0014): the keyring file private to
 * Tandem's user, and every encrypted value under a key it holds (counts only,
 * never key material).
 */
export async function checkEncryptionKey(
  db: Kysely<DB>,
  config: Pick<Config, 'encryptionKeys' | 'encryptionKeyFile'>,
): Promise<Finding[]> {
  let keys;
  try {
    keys = await operatorKeys(config);
  } catch (error) {
    if (!(error instanceof KeyringFileError)) throw error;
    return [
      fail(
        'encryption key',
        `${error.message} Tandem will not start with it.`,
        error.kind === 'permissions'
          ? `chmod 600 ${config.encryptionKeyFile}; chmod 700 ${path.dirname(config.encryptionKeyFile)}`
          : 'Restore the keyring from your backup of it (docs/operations.md, "Encryption keys").',
      ),
    ];
  }
  const findings: Finding[] = [];
  if (keys.kind === 'none') {
    findings.push(
      warn(
        'encryption key',
        `There is no encryption keyring at ${keys.file} yet (Tandem makes it at its first start).`,
        'Start Tandem once, then back the keyring up apart from the database dumps.',
      ),
    );
  } else if (keys.kind === 'configuration') {
    findings.push(
      ok(
        'encryption key',
        `from configuration: active key ${keys.keyring.active.id}, ${keys.keyring.byId.size} held`,
      ),
    );
  } else {
    findings.push(...(await filePermissions(keys.file, keys.keyring.active.id)));
  }
  const usage = await sealedValuesByKey(db);
  const held = keys.kind === 'none' ? new Set<string>() : new Set(keys.keyring.byId.keys());
  const missing = [...new Set(usage.map((u) => u.keyId))].filter((id) => !held.has(id));
  const total = usage.reduce((sum, u) => sum + u.rows, 0);
  if (missing.length > 0) {
    const rows = missing.reduce((sum, id) => sum + rowsUnder(usage, id), 0);
    findings.push(
      fail(
        'encrypted values',
        `${rows} of ${total} encrypted value(s) name key(s) ${missing.join(', ')}, which this keyring lacks: they cannot be read.`,
        'Restore the missing key from your backup of the keyring (or into TANDEM_ENCRYPTION_PREVIOUS_KEYS); `tandem keys status` lists them per column.',
      ),
    );
  } else if (keys.kind !== 'none') {
    const older = total - rowsUnder(usage, keys.keyring.active.id);
    findings.push(
      older > 0
        ? warn(
            'encrypted values',
            `${total} encrypted value(s), every one under a key held; ${older} still under an older key.`,
            'Finish the rotation: `tandem keys rotate --no-new-key`.',
          )
        : ok('encrypted values', `${total} encrypted value(s), all under the active key`),
    );
  }
  return findings;
}

async function filePermissions(file: string, activeId: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const mode = (await fileMode(file)) ?? 0;
  findings.push(ok('encryption key', `${file} (mode ${mode.toString(8)}), active key ${activeId}`));
  const folder = await fileMode(path.dirname(file));
  if (folder !== null && (folder & 0o077) !== 0) {
    findings.push(
      warn(
        'encryption key',
        `The keyring's folder ${path.dirname(file)} is open to others (mode ${folder.toString(8)}): they can see when keys change and could swap the file.`,
        `chmod 700 ${path.dirname(file)}`,
      ),
    );
  }
  return findings;
}
