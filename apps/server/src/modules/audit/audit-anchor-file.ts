import {
  generateKeyPairSync,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
} from 'node:crypto';
import { chmod, mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SignedCheckpoint } from './audit-anchor.ts';

/**
 * The signing key and the anchor file on disk. The key is made on first use
 * (Ed25519, PEM, mode 0600, in a 0700 folder) and never goes near the
 * database: whoever can only reach the database cannot forge a checkpoint.
 */
export async function loadOrCreateAnchorKey(file: string): Promise<KeyObject> {
  try {
    return createPrivateKey(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  // 'wx': never overwrite a key another process made a moment ago.
  try {
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return createPrivateKey(await readFile(file, 'utf8'));
  }
  await chmod(file, 0o600);
  return privateKey;
}

/** The public half, from a private key file or a public key file (PEM). */
export async function loadAnchorPublicKey(file: string): Promise<KeyObject> {
  const pem = await readFile(file, 'utf8');
  return pem.includes('PRIVATE KEY')
    ? createPublicKey(createPrivateKey(pem))
    : createPublicKey(pem);
}

/** Appends checkpoints, one JSON line each, and flushes them to disk before answering. */
export async function appendCheckpoints(
  file: string,
  checkpoints: readonly SignedCheckpoint[],
): Promise<void> {
  if (checkpoints.length === 0) return;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.write(checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The file's lines (none when it does not exist). */
export async function readAnchorLines(file: string): Promise<string[] | null> {
  try {
    const text = await readFile(file, 'utf8');
    return text.split('\n').filter((line) => line.trim() !== '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function fileMode(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch {
    return null;
  }
}
