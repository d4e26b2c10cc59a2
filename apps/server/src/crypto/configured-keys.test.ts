import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { loggerOptions } from '../http/logger.ts';
import { dataKeyFrom } from './field-cipher.ts';

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/tandem');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('encryption keys in configuration', () => {
  const active = randomBytes(32);
  const previous = randomBytes(32);
  const env = {
    TANDEM_ENCRYPTION_KEY: active.toString('base64'),
    TANDEM_ENCRYPTION_PREVIOUS_KEYS: ` ${previous.toString('base64url')} ,`,
  };

  it('reads the active key and the previous ones; the file is the default otherwise', () => {
    const config = loadConfig(env, '/srv/tandem');
    expect(config.encryptionKeys?.activeKeyId).toBe(dataKeyFrom(active).id);
    expect(config.encryptionKeys?.keyIds).toEqual([
      dataKeyFrom(active).id,
      dataKeyFrom(previous).id,
    ]);
    const plain = loadConfig({}, '/srv/tandem');
    expect(plain.encryptionKeys).toBeNull();
    expect(plain.encryptionKeyFile).toBe('/srv/tandem/data/keys/data-encryption.keyring');
    expect(plain.encryptionKeyCheckSeconds).toBe(5);
  });

  it('refuses a bad value naming the variable, and never echoes it', () => {
    const short = configErrorOf({ TANDEM_ENCRYPTION_KEY: randomBytes(16).toString('base64') });
    expect(short.variable).toBe('TANDEM_ENCRYPTION_KEY');
    expect(short.message).toContain('32 random bytes (it decodes to 16)');
    const secretish = 'not base64 at all!';
    const garbage = configErrorOf({ TANDEM_ENCRYPTION_KEY: secretish });
    expect(garbage.message).toContain('is not base64');
    expect(garbage.message).not.toContain(secretish);
    const previousBad = configErrorOf({ ...env, TANDEM_ENCRYPTION_PREVIOUS_KEYS: 'a,b' });
    expect(previousBad.variable).toBe('TANDEM_ENCRYPTION_PREVIOUS_KEYS');
    expect(previousBad.message).toContain('entry 1');
    expect(
      configErrorOf({ TANDEM_ENCRYPTION_PREVIOUS_KEYS: env.TANDEM_ENCRYPTION_KEY }).variable,
    ).toBe('TANDEM_ENCRYPTION_PREVIOUS_KEYS');
    expect(configErrorOf({ ...env, TANDEM_ENCRYPTION_KEY_FILE: '/k' }).variable).toBe(
      'TANDEM_ENCRYPTION_KEY_FILE',
    );
    expect(configErrorOf({ TANDEM_ENCRYPTION_KEY_CHECK_SECONDS: '0' }).variable).toBe(
      'TANDEM_ENCRYPTION_KEY_CHECK_SECONDS',
    );
  });

  it('keeps key material out of JSON, inspection and the app’s logs', () => {
    const config = loadConfig(env, '/srv/tandem');
    const forms = [active.toString('base64'), active.toString('hex'), previous.toString('base64')];
    const lines: string[] = [];
    const log = pino(
      loggerOptions('info'),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    log.info({ config }, 'configuration');
    log.info(config, 'configuration spread');
    const shown = [JSON.stringify(config), inspect(config, { depth: 10 }), lines.join('')];
    for (const text of shown) {
      expect(text).toContain(dataKeyFrom(active).id);
      for (const form of forms) expect(text).not.toContain(form);
    }
  });
});
