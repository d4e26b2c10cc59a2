import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { StartupError } from '../db/startup-error.ts';
import { createFieldCipher, type FieldCipher, type Keyring } from './field-cipher.ts';
import {
  KeyringFileError,
  keyringFileStamp,
  keyringFileStampSync,
  keyringOfContent,
  readKeyringFile,
  readKeyringFileSync,
  readOrCreateKeyringFile,
  type FileStamp,
} from './keyring-file.ts';

export type KeyConfig = Pick<
  Config,
  'encryptionKeys' | 'encryptionKeyFile' | 'encryptionKeyCheckSeconds'
>;

/** The cipher a running Tandem seals and opens with, and how to stop watching the keyring file. */
export interface RunningCipher {
  cipher: FieldCipher;
  /** Where the keys come from, for messages (never key material). */
  source: string;
  stop(): void;
}

/**
 * The keys a starting Tandem uses: the configured ones, or the keyring file,
 * made on first start (embedded and external databases alike). Whatever is
 * wrong is a StartupError saying what to do; the log names the key id only.
 */
export async function openKeySource(
  config: KeyConfig,
  log: Pick<Logger, 'info' | 'warn'>,
  now: Date,
): Promise<RunningCipher> {
  if (config.encryptionKeys) {
    const keyring = config.encryptionKeys.keyring();
    log.info(
      `Free text is encrypted with key ${keyring.active.id} from TANDEM_ENCRYPTION_KEY (${keyring.byId.size} key(s) held).`,
    );
    return {
      cipher: createFieldCipher(() => keyring),
      source: 'TANDEM_ENCRYPTION_KEY',
      stop: () => undefined,
    };
  }
  const file = config.encryptionKeyFile;
  let loaded;
  try {
    loaded = await readOrCreateKeyringFile(file, now);
  } catch (cause) {
    throw keyFileStartupError(file, cause);
  }
  const keyring = keyringOfContent(loaded.content);
  log.info(
    loaded.created
      ? `Made the encryption keyring ${file} (key ${keyring.active.id}). Back it up apart from the database: without it the encrypted text cannot be read (docs/operations.md, "Encryption keys").`
      : `Free text is encrypted with key ${keyring.active.id} from ${file} (${keyring.byId.size} key(s) held).`,
  );
  return watchKeyringFile(file, { keyring, stamp: loaded.stamp }, config, log);
}

export function keyFileStartupError(file: string, cause: unknown): StartupError {
  if (cause instanceof KeyringFileError && cause.kind === 'permissions') {
    return new StartupError(
      'ENCRYPTION_KEY_PERMISSIONS',
      cause.message,
      `Make it private to the user Tandem runs as: chmod 600 ${file} (and chmod 700 on its folder), then start again.`,
      { cause },
    );
  }
  return new StartupError(
    'ENCRYPTION_KEY_UNUSABLE',
    cause instanceof KeyringFileError
      ? cause.message
      : `Tandem cannot read or create its encryption keyring ${file} (${cause instanceof Error ? cause.message : String(cause)}).`,
    `Restore the keyring from your backup of it, or let Tandem write that folder. Never replace it with a new one while the database holds text sealed under it: that text would be lost (docs/operations.md, "Encryption keys").`,
    { cause },
  );
}

/**
 * A cipher over the keyring file that follows rotations without a restart:
 * the file's stamp is checked every `encryptionKeyCheckSeconds` (never per
 * call), and at once, synchronously, when a value names a key this process
 * does not hold (another instance may have sealed under a newer key). A
 * file that turns unreadable keeps the keys already loaded and says so.
 */
export function watchKeyringFile(
  file: string,
  initial: { keyring: Keyring; stamp: FileStamp },
  config: Pick<Config, 'encryptionKeyCheckSeconds'>,
  log: Pick<Logger, 'info' | 'warn'>,
): RunningCipher {
  let keyring = initial.keyring;
  let stamp = initial.stamp;
  let checking = false;

  function adopt(next: Keyring, nextStamp: FileStamp): void {
    stamp = nextStamp;
    if (next.active.id !== keyring.active.id || next.byId.size !== keyring.byId.size) {
      log.info(
        `Reloaded the encryption keyring ${file}: new values are sealed with key ${next.active.id} (${next.byId.size} key(s) held).`,
      );
    }
    keyring = next;
  }

  function complain(error: unknown): void {
    log.warn(
      `The encryption keyring ${file} changed but cannot be used (${error instanceof Error ? error.message : String(error)}); Tandem keeps the keys it holds.`,
    );
  }

  async function check(): Promise<void> {
    if (checking) return;
    checking = true;
    try {
      const now = await keyringFileStamp(file);
      if (now === null || now === stamp) return;
      const read = await readKeyringFile(file);
      if (read) adopt(keyringOfContent(read.content), read.stamp);
    } catch (error) {
      complain(error);
    } finally {
      checking = false;
    }
  }

  function reloadForUnknownKey(): Keyring | null {
    const now = keyringFileStampSync(file);
    if (now === null || now === stamp) return null;
    try {
      const read = readKeyringFileSync(file);
      adopt(keyringOfContent(read.content), read.stamp);
      return keyring;
    } catch (error) {
      complain(error);
      return null;
    }
  }

  const timer = setInterval(() => void check(), config.encryptionKeyCheckSeconds * 1000);
  timer.unref();
  return {
    cipher: createFieldCipher(() => keyring, reloadForUnknownKey),
    source: file,
    stop: () => clearInterval(timer),
  };
}

/**
 * How long `tandem keys rotate` waits after making a new key active before it
 * re-encrypts: two check periods and a second, so every running instance has
 * looked at the file at least once.
 */
export function noticeDelayMs(config: Pick<Config, 'encryptionKeyCheckSeconds'>): number {
  return (2 * config.encryptionKeyCheckSeconds + 1) * 1000;
}
