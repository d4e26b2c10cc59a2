import { sql, type Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { createFieldCipher, type FieldCipher, type Keyring } from './field-cipher.ts';
import { keyringOfContent, readKeyringFile, type KeyringContent } from './keyring-file.ts';

/**
 * The keys as an operator's command (`tandem keys …`, `tandem doctor`) finds
 * them: in configuration, in the keyring file, or nowhere yet.
 */
export type OperatorKeys =
  | { kind: 'configuration'; keyring: Keyring }
  | { kind: 'file'; file: string; content: KeyringContent; keyring: Keyring }
  | { kind: 'none'; file: string };

/** Reads the keys the way Tandem would start with them; a bad file throws KeyringFileError. */
export async function operatorKeys(
  config: Pick<Config, 'encryptionKeys' | 'encryptionKeyFile'>,
): Promise<OperatorKeys> {
  if (config.encryptionKeys) {
    return { kind: 'configuration', keyring: config.encryptionKeys.keyring() };
  }
  const read = await readKeyringFile(config.encryptionKeyFile);
  if (!read) return { kind: 'none', file: config.encryptionKeyFile };
  return {
    kind: 'file',
    file: config.encryptionKeyFile,
    content: read.content,
    keyring: keyringOfContent(read.content),
  };
}

export function cipherOver(keyring: Keyring): FieldCipher {
  return createFieldCipher(() => keyring);
}

/**
 * Runs `work` while holding the installation's key-management lock (a
 * PostgreSQL advisory lock on a connection of its own), so two rotations or a
 * rotation and a retirement never read and rewrite the keyring file at once:
 * the second would drop the key the first just made. Answers null when
 * another command holds it.
 */
export async function withKeyLock<T>(db: Kysely<DB>, work: () => Promise<T>): Promise<T | null> {
  return db.connection().execute(async (connection) => {
    const locked = await sql<{ locked: boolean }>`
      select pg_try_advisory_lock(hashtext('tandem:encryption-keys')) as locked`.execute(
      connection,
    );
    if (locked.rows[0]?.locked !== true) return null;
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext('tandem:encryption-keys'))`.execute(connection);
    }
  });
}
