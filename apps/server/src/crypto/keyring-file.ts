import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataKeyFrom, keyringOf, type DataKey, type Keyring } from './field-cipher.ts';

/**
 * The keyring file (TANDEM_ENCRYPTION_KEY_FILE, by default
 * `<data>/keys/data-encryption.keyring`, mode 0600 in a 0700 folder), ADR 0014:
 *
 *   {"format":"tandem-keyring-1","active":"<id>","keys":[
 *     {"id":"<id>","key":"<base64 of 32 bytes>","createdAt":"…","replacedAt":null}, …]}
 *
 * One key is active (seals); the others were replaced by a rotation and still
 * open what they sealed, and what backups taken before it hold, until
 * `tandem keys retire` removes them. A key's id is the first 8 bytes of its
 * SHA-256 (field-cipher.ts), checked on reading so a mistyped key is refused.
 */
export const KEYRING_FORMAT = 'tandem-keyring-1';

export interface KeyringEntry {
  key: DataKey;
  createdAt: string;
  /** When a newer key became active; null for the active key. */
  replacedAt: string | null;
}

export interface KeyringContent {
  activeId: string;
  entries: KeyringEntry[];
}

/** What is wrong with a keyring file, said so the operator can act; never holds key material. */
export class KeyringFileError extends Error {
  constructor(
    readonly kind: 'permissions' | 'content' | 'io',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KeyringFileError';
  }
}

/** Identifies one version of the file: a rotation writes a new file and renames it over the old. */
export type FileStamp = string;

function stampOf(stats: Stats): FileStamp {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

export function keyringOfContent(content: KeyringContent): Keyring {
  const active = content.entries.find((entry) => entry.key.id === content.activeId);
  if (!active) throw new KeyringFileError('content', 'The active key is not in the keyring.');
  return keyringOf(
    active.key,
    content.entries.filter((entry) => entry !== active).map((entry) => entry.key),
  );
}

/** A fresh keyring with one new key. */
export function newKeyringContent(now: Date): KeyringContent {
  const key = dataKeyFrom(randomBytes(32));
  return {
    activeId: key.id,
    entries: [{ key, createdAt: now.toISOString(), replacedAt: null }],
  };
}

/** The same keyring with a new active key; the old active one stays, readable, marked replaced. */
export function withNewActiveKey(content: KeyringContent, now: Date): KeyringContent {
  const key = dataKeyFrom(randomBytes(32));
  return {
    activeId: key.id,
    entries: [
      ...content.entries.map((entry) =>
        entry.replacedAt === null ? { ...entry, replacedAt: now.toISOString() } : entry,
      ),
      { key, createdAt: now.toISOString(), replacedAt: null },
    ],
  };
}

export function serialiseKeyring(content: KeyringContent): string {
  const json = {
    format: KEYRING_FORMAT,
    active: content.activeId,
    keys: content.entries.map((entry) => ({
      id: entry.key.id,
      key: entry.key.key.toString('base64'),
      createdAt: entry.createdAt,
      replacedAt: entry.replacedAt,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function contentError(file: string, problem: string): KeyringFileError {
  return new KeyringFileError('content', `${file} is not a Tandem keyring: ${problem}.`);
}

export function parseKeyring(text: string, file: string): KeyringContent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw contentError(file, 'it is not JSON');
  }
  if (!isRecord(json) || json.format !== KEYRING_FORMAT) {
    throw contentError(file, `its "format" is not "${KEYRING_FORMAT}"`);
  }
  if (!Array.isArray(json.keys) || json.keys.length === 0) {
    throw contentError(file, 'it lists no keys');
  }
  const entries = json.keys.map((raw: unknown, index): KeyringEntry => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.key !== 'string') {
      throw contentError(file, `key ${index + 1} has no "id" and "key"`);
    }
    const bytes = Buffer.from(raw.key, 'base64');
    if (bytes.length !== 32) throw contentError(file, `key ${raw.id} is not 32 bytes of base64`);
    const key = dataKeyFrom(bytes);
    if (key.id !== raw.id) {
      throw contentError(file, `key ${raw.id} does not match its id (was it edited?)`);
    }
    return {
      key,
      createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : '',
      replacedAt: typeof raw.replacedAt === 'string' ? raw.replacedAt : null,
    };
  });
  const ids = entries.map((entry) => entry.key.id);
  if (new Set(ids).size !== ids.length) throw contentError(file, 'it lists a key twice');
  if (typeof json.active !== 'string' || !ids.includes(json.active)) {
    throw contentError(file, `its "active" key is not among its keys`);
  }
  return { activeId: json.active, entries };
}

/** Refuses a file that others than its owner may read or write. */
function checkMode(stats: Stats, file: string): void {
  const mode = stats.mode & 0o777;
  if ((mode & 0o177) !== 0) {
    throw new KeyringFileError(
      'permissions',
      `${file} has mode ${mode.toString(8)}: the encryption keys must be readable by Tandem's user only.`,
    );
  }
}

export interface ReadKeyring {
  content: KeyringContent;
  stamp: FileStamp;
}

/** Reads and checks the file; null when there is none. */
export async function readKeyringFile(file: string): Promise<ReadKeyring | null> {
  let stats: Stats;
  let text: string;
  try {
    stats = await stat(file);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeyringFileError('io', `${file} cannot be read (${(error as Error).message}).`, {
      cause: error,
    });
  }
  checkMode(stats, file);
  return { content: parseKeyring(text, file), stamp: stampOf(stats) };
}

/** The same, synchronously: for a value naming a key this process has not loaded (a rare path). */
export function readKeyringFileSync(file: string): ReadKeyring {
  const stats = statSync(file);
  checkMode(stats, file);
  return { content: parseKeyring(readFileSync(file, 'utf8'), file), stamp: stampOf(stats) };
}

export async function keyringFileStamp(file: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(file));
  } catch {
    return null;
  }
}

export function keyringFileStampSync(file: string): FileStamp | null {
  try {
    return stampOf(statSync(file));
  } catch {
    return null;
  }
}

/**
 * Makes the file with one new key, unless it exists: 'wx' never overwrites a
 * keyring another process made a moment ago (that one is read instead).
 */
export async function readOrCreateKeyringFile(
  file: string,
  now: Date,
): Promise<ReadKeyring & { created: boolean }> {
  const existing = await readKeyringFile(file);
  if (existing) return { ...existing, created: false };
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const content = newKeyringContent(now);
  try {
    await writeFile(file, serialiseKeyring(content), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const made = await readKeyringFile(file);
    if (!made) throw error;
    return { ...made, created: false };
  }
  await chmod(file, 0o600);
  await syncFolder(path.dirname(file));
  return { content, stamp: (await keyringFileStamp(file)) ?? '', created: true };
}

/**
 * Replaces the file in one step: a private temp file beside it, flushed, then
 * renamed over it. A reader sees the old keyring or the new, never half of one.
 */
export async function writeKeyringFileAtomically(
  file: string,
  content: KeyringContent,
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(serialiseKeyring(content));
    await handle.chmod(0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/** A rename or create is durable once its folder is flushed. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
