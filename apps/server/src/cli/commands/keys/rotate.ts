import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Config } from '../../../config.ts';
import { noticeDelayMs } from '../../../crypto/key-source.ts';
import { columnName } from '../../../crypto/key-usage.ts';
import {
  keyringOfContent,
  withNewActiveKey,
  writeKeyringFileAtomically,
} from '../../../crypto/keyring-file.ts';
import { cipherOver, operatorKeys, withKeyLock } from '../../../crypto/operator-keyring.ts';
import { resealAll } from '../../../crypto/reseal.ts';
import type { Keyring } from '../../../crypto/field-cipher.ts';
import type { DB } from '../../../db/schema.ts';
import type { CommandIo } from '../../command.ts';

type RotateConfig = Pick<
  Config,
  'encryptionKeys' | 'encryptionKeyFile' | 'encryptionKeyCheckSeconds'
>;

/**
 * `tandem keys rotate`: a new active key in the keyring file (or the one in
 * configuration), then every sealed value re-encrypted under it while Tandem
 * serves. Holds the key-management lock throughout.
 */
export async function rotateKeys(
  io: CommandIo,
  db: Kysely<DB>,
  config: RotateConfig,
  options: { newKey: boolean; batchSize: number },
): Promise<number> {
  const outcome = await withKeyLock(db, async () => {
    const keyring = await keyringToRotateTo(io, config, options.newKey);
    if (keyring === null) return 1;
    return reseal(io, db, keyring, options.batchSize);
  });
  if (outcome === null) {
    io.stderr(
      'tandem keys rotate: another `tandem keys` command is changing the keys right now; run this again once it has finished.',
    );
    return 1;
  }
  return outcome;
}

/** Makes the new key active (file) or takes the configured one; null when there is nothing to rotate. */
async function keyringToRotateTo(
  io: CommandIo,
  config: RotateConfig,
  newKey: boolean,
): Promise<Keyring | null> {
  const keys = await operatorKeys(config);
  if (keys.kind === 'none') {
    io.stderr(
      `tandem keys rotate: there is no keyring at ${keys.file}. Start Tandem once (it makes one), or point TANDEM_ENCRYPTION_KEY_FILE at yours.`,
    );
    return null;
  }
  if (keys.kind === 'configuration') {
    io.stdout(
      `Keys come from configuration: re-encrypting under the active key ${keys.keyring.active.id} (TANDEM_ENCRYPTION_KEY). Every running instance must already have been restarted with it, and keep the older keys in TANDEM_ENCRYPTION_PREVIOUS_KEYS until this finishes.`,
    );
    return keys.keyring;
  }
  if (!newKey) {
    io.stdout(`Re-encrypting under the active key ${keys.keyring.active.id} of ${keys.file}.`);
    return keys.keyring;
  }
  const next = withNewActiveKey(keys.content, new Date());
  await writeKeyringFileAtomically(keys.file, next);
  const keyring = keyringOfContent(next);
  const waitMs = noticeDelayMs(config);
  io.stdout(
    `New key ${keyring.active.id} is active in ${keys.file}; key ${keys.keyring.active.id} stays in it, readable (values sealed under it, and backups taken before now, need it).`,
  );
  io.stdout(
    `Waiting ${waitMs / 1000} s for running instances to notice (they look at the file every ${config.encryptionKeyCheckSeconds} s, TANDEM_ENCRYPTION_KEY_CHECK_SECONDS)…`,
  );
  await sleep(waitMs);
  return keyring;
}

async function reseal(
  io: CommandIo,
  db: Kysely<DB>,
  keyring: Keyring,
  batchSize: number,
): Promise<number> {
  const report = await resealAll(db, cipherOver(keyring), { batchSize });
  for (const column of report.columns) {
    io.stdout(
      `  ${columnName(column.column).padEnd(34)} ${column.resealed} re-encrypted${column.unopenable > 0 ? `, ${column.unopenable} do not open` : ''}`,
    );
  }
  const unopenable = report.columns.reduce((sum, c) => sum + c.unopenable, 0);
  if (unopenable > 0) {
    io.stderr(
      `${unopenable} value(s) do not open with these keys (changed in the database, or sealed under a key this keyring lacks): they were left as they are. \`tandem keys status\` names their key ids.`,
    );
  }
  if (report.remaining > 0) {
    io.stderr(
      `${report.remaining} value(s) are still under an older key after ${report.passes} pass(es) (an instance still sealing with it?). Run \`tandem keys rotate --no-new-key\` again.`,
    );
  }
  if (unopenable > 0 || report.remaining > 0) return 1;
  io.stdout(`Done: every encrypted value names key ${keyring.active.id}.`);
  return 0;
}
