import type { Kysely } from 'kysely';
import type { Config } from '../../../config.ts';
import { columnName, sealedValuesByKey } from '../../../crypto/key-usage.ts';
import { operatorKeys } from '../../../crypto/operator-keyring.ts';
import type { DB } from '../../../db/schema.ts';
import type { CommandIo } from '../../command.ts';

/** `tandem keys status`: ids and counts, never key material. Exit 1 when a value names a key not held. */
export async function printKeyStatus(
  io: CommandIo,
  db: Kysely<DB>,
  config: Pick<Config, 'encryptionKeys' | 'encryptionKeyFile'>,
): Promise<number> {
  const keys = await operatorKeys(config);
  const usage = await sealedValuesByKey(db);
  if (keys.kind === 'none') {
    io.stdout(`No keyring at ${keys.file} yet (Tandem makes it at its first start).`);
  } else {
    io.stdout(
      keys.kind === 'file'
        ? `Keys from ${keys.file}`
        : 'Keys from configuration (TANDEM_ENCRYPTION_KEY, TANDEM_ENCRYPTION_PREVIOUS_KEYS)',
    );
    io.stdout(`Active key: ${keys.keyring.active.id}`);
    const entries =
      keys.kind === 'file'
        ? keys.content.entries.map((entry) => ({
            id: entry.key.id,
            note:
              entry.replacedAt === null
                ? `active, made ${entry.createdAt}`
                : `readable, made ${entry.createdAt}, replaced ${entry.replacedAt}`,
          }))
        : [...keys.keyring.byId.keys()].map((id) => ({
            id,
            note: id === keys.keyring.active.id ? 'active' : 'readable (previous)',
          }));
    for (const entry of entries) io.stdout(`  key ${entry.id}  ${entry.note}`);
  }
  const held = keys.kind === 'none' ? new Set<string>() : new Set(keys.keyring.byId.keys());
  io.stdout('Encrypted values per key:');
  if (usage.length === 0) io.stdout('  none yet');
  for (const u of usage) {
    const mark = held.has(u.keyId) ? '' : '  NOT HELD: these values cannot be read';
    io.stdout(`  ${columnName(u.column).padEnd(34)} key ${u.keyId}  ${u.rows} row(s)${mark}`);
  }
  const missing = usage.filter((u) => !held.has(u.keyId));
  if (missing.length > 0) {
    io.stderr(
      `${missing.reduce((sum, u) => sum + u.rows, 0)} value(s) name a key this keyring lacks: restore that key from your backup of the keyring (docs/operations.md, "Encryption keys").`,
    );
    return 1;
  }
  return 0;
}
