import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { StartupError } from '../db/startup-error.ts';
import { column } from './encrypted-columns.ts';
import { createFieldCipher } from './field-cipher.ts';
import { openKeySource } from './key-source.ts';
import {
  keyringOfContent,
  readKeyringFile,
  readOrCreateKeyringFile,
  withNewActiveKey,
  writeKeyringFileAtomically,
} from './keyring-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-keys-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A logger whose lines the test can read. */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), text: () => lines.join('') };
}

function configFor(file: string, env: Record<string, string> = {}) {
  return {
    ...loadConfig({ TANDEM_ENCRYPTION_KEY_FILE: file, ...env }, dir),
    encryptionKeyCheckSeconds: 1,
  };
}

const place = { column: column.checkInNote, rowId: randomUUID() };

describe('the keyring file at start', () => {
  it('is made on first start, private to Tandem, and the log names the key id only', async () => {
    const file = path.join(dir, 'first', 'keys', 'data-encryption.keyring');
    const { log, text } = capturedLog();
    const keys = await openKeySource(configFor(file), log, new Date());
    keys.stop();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    const read = await readKeyringFile(file);
    const key = read!.content.entries[0]!.key;
    expect(keys.cipher.activeKeyId()).toBe(key.id);
    expect(text()).toContain(`Made the encryption keyring ${file} (key ${key.id})`);
    expect(text()).not.toContain(key.key.toString('base64'));
    expect(text()).not.toContain(key.key.toString('hex'));
    // The next start reads the same key.
    const again = await openKeySource(configFor(file), capturedLog().log, new Date());
    again.stop();
    expect(again.cipher.activeKeyId()).toBe(key.id);
  });

  it('never overwrites a keyring another process made at the same moment', async () => {
    const file = path.join(dir, 'race', 'data-encryption.keyring');
    const made = await Promise.all(
      Array.from({ length: 8 }, () => readOrCreateKeyringFile(file, new Date())),
    );
    expect(made.filter((m) => m.created)).toHaveLength(1);
    expect(new Set(made.map((m) => m.content.activeId)).size).toBe(1);
  });

  it('refuses a keyring others may read, saying what to do', async () => {
    const file = path.join(dir, 'loose', 'data-encryption.keyring');
    await readOrCreateKeyringFile(file, new Date());
    await chmod(file, 0o644);
    const error = await openKeySource(configFor(file), capturedLog().log, new Date()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect(error).toMatchObject({
      code: 'ENCRYPTION_KEY_PERMISSIONS',
      fix: expect.stringContaining(`chmod 600 ${file}`),
    });
    expect((error as Error).message).toContain('mode 644');
  });

  it('refuses a keyring that is not one, or whose key was edited, without printing it', async () => {
    const file = path.join(dir, 'bad', 'data-encryption.keyring');
    await readOrCreateKeyringFile(file, new Date());
    const original = await readFile(file, 'utf8');
    const cases = [
      'not json',
      '{"format":"tandem-keyring-1","active":"x","keys":[]}',
      original.replace(/"key": "(.)/, (_, c: string) => `"key": "${c === 'A' ? 'B' : 'A'}`),
    ];
    for (const content of cases) {
      await writeFile(file, content, { mode: 0o600 });
      const error = await openKeySource(configFor(file), capturedLog().log, new Date()).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'ENCRYPTION_KEY_UNUSABLE' });
      expect((error as StartupError).message).toContain('is not a Tandem keyring');
      expect((error as StartupError).fix).toContain('Restore the keyring');
      expect((error as StartupError).message).not.toContain('"key"');
    }
  });

  it('uses keys from configuration and then makes no file', async () => {
    const file = path.join(dir, 'configured', 'data-encryption.keyring');
    const active = randomBytes(32).toString('base64');
    const previous = randomBytes(32);
    const { log, text } = capturedLog();
    const config = {
      ...loadConfig(
        {
          TANDEM_DATA_DIR: path.join(dir, 'configured'),
          TANDEM_ENCRYPTION_KEY: active,
          TANDEM_ENCRYPTION_PREVIOUS_KEYS: previous.toString('base64'),
        },
        dir,
      ),
    };
    const keys = await openKeySource(config, log, new Date());
    const older = createFieldCipher(() => config.encryptionKeys!.keyring()).seal('x', place);
    expect(keys.cipher.open(older, place)).toBe('x');
    expect(await readKeyringFile(file)).toBeNull();
    expect(text()).toContain('from TANDEM_ENCRYPTION_KEY (2 key(s) held)');
    expect(text()).not.toContain(active);
  });
});

describe('a running Tandem and a rotation', () => {
  it('opens values under a new key at once, and seals with it after the next look at the file', async () => {
    const file = path.join(dir, 'rotating', 'data-encryption.keyring');
    const { log, text } = capturedLog();
    const keys = await openKeySource(configFor(file), log, new Date());
    try {
      const before = keys.cipher.activeKeyId();
      const underOld = keys.cipher.seal('before', place);
      // `tandem keys rotate` in another process:
      const read = await readKeyringFile(file);
      const next = withNewActiveKey(read!.content, new Date());
      await writeKeyringFileAtomically(file, next);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const otherInstance = createFieldCipher(() => keyringOfContent(next));
      const underNew = otherInstance.seal('after', place);
      // A value under the new key opens before the periodic look (the unknown id reloads).
      expect(keys.cipher.open(underNew, place)).toBe('after');
      expect(keys.cipher.activeKeyId()).toBe(next.activeId);
      expect(keys.cipher.open(underOld, place)).toBe('before');
      expect(next.activeId).not.toBe(before);
      expect(text()).toContain(`new values are sealed with key ${next.activeId}`);

      // A second rotation is noticed by the periodic look alone.
      const third = withNewActiveKey(next, new Date());
      await writeKeyringFileAtomically(file, third);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(keys.cipher.activeKeyId()).toBe(third.activeId);
      expect(keys.cipher.open(underOld, place)).toBe('before');
    } finally {
      keys.stop();
    }
  });

  it('keeps the keys it holds when the file turns unusable, and says so', async () => {
    const file = path.join(dir, 'broken-later', 'data-encryption.keyring');
    const { log, text } = capturedLog();
    const keys = await openKeySource(configFor(file), log, new Date());
    try {
      const active = keys.cipher.activeKeyId();
      await writeFile(file, '{"format":"tandem-keyring-1"}');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(keys.cipher.activeKeyId()).toBe(active);
      expect(keys.cipher.open(keys.cipher.seal('still', place), place)).toBe('still');
      expect(text()).toContain('changed but cannot be used');
    } finally {
      keys.stop();
    }
  });
});
