import type { Kysely } from 'kysely';
import type { Config } from '../../../config.ts';
import { rowsUnder, sealedValuesByKey } from '../../../crypto/key-usage.ts';
import { writeKeyringFileAtomically } from '../../../crypto/keyring-file.ts';
import { operatorKeys, withKeyLock } from '../../../crypto/operator-keyring.ts';
import type { DB } from '../../../db/schema.ts';
import type { CommandIo } from '../../command.ts';

/**
 * `tandem keys retire <id>`: drops a replaced key from the keyring file, only
 * when no value in the database names it.
 */
export async function retireKey(
  io: CommandIo,
  db: Kysely<DB>,
  config: Pick<Config, 'encryptionKeys' | 'encryptionKeyFile'>,
  keyId: string,
): Promise<number> {
  const outcome = await withKeyLock(db, async () => {
    const keys = await operatorKeys(config);
    if (keys.kind === 'none') {
      io.stderr(`tandem keys retire: there is no keyring at ${keys.file}.`);
      return 1;
    }
    if (!keys.keyring.byId.has(keyId)) {
      io.stderr(
        `tandem keys retire: this keyring holds no key ${keyId} (see \`tandem keys status\`).`,
      );
      return 1;
    }
    if (keys.keyring.active.id === keyId) {
      io.stderr(
        `tandem keys retire: ${keyId} is the active key. Run \`tandem keys rotate\` first; then it can be retired.`,
      );
      return 1;
    }
    const rows = rowsUnder(await sealedValuesByKey(db), keyId);
    if (rows > 0) {
      io.stderr(
        `tandem keys retire: ${rows} value(s) still name key ${keyId}. Run \`tandem keys rotate --no-new-key\` to re-encrypt them, then retire it.`,
      );
      return 1;
    }
    if (keys.kind === 'configuration') {
      io.stdout(
        `No value names key ${keyId}: remove it from TANDEM_ENCRYPTION_PREVIOUS_KEYS and restart each instance. Keep a copy with the backups taken while it was in use.`,
      );
      return 0;
    }
    await writeKeyringFileAtomically(keys.file, {
      activeId: keys.content.activeId,
      entries: keys.content.entries.filter((entry) => entry.key.id !== keyId),
    });
    io.stdout(
      `Key ${keyId} is retired from ${keys.file}. Backups taken while it was in use cannot be read without it: keep a copy of the old keyring with them, apart from the database dumps.`,
    );
    return 0;
  });
  if (outcome === null) {
    io.stderr(
      'tandem keys retire: another `tandem keys` command is changing the keys right now; run this again once it has finished.',
    );
    return 1;
  }
  return outcome;
}
