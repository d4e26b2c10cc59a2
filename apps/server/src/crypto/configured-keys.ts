import { inspect } from 'node:util';
import { dataKeyFrom, keyringOf, type Keyring } from './field-cipher.ts';

/**
 * Data keys given in configuration (TANDEM_ENCRYPTION_KEY and
 * TANDEM_ENCRYPTION_PREVIOUS_KEYS). They travel inside `Config`, which every
 * service holds, so the key material sits in a private field: logging,
 * JSON-serialising or inspecting the config shows key ids only.
 */
export class ConfiguredKeys {
  readonly #keyring: Keyring;

  constructor(active: Buffer, previous: readonly Buffer[] = []) {
    this.#keyring = keyringOf(dataKeyFrom(active), previous.map(dataKeyFrom));
  }

  keyring(): Keyring {
    return this.#keyring;
  }

  get activeKeyId(): string {
    return this.#keyring.active.id;
  }

  get keyIds(): string[] {
    return [...this.#keyring.byId.keys()];
  }

  toJSON(): { activeKeyId: string; keyIds: string[] } {
    return { activeKeyId: this.activeKeyId, keyIds: this.keyIds };
  }

  [inspect.custom](): string {
    return `ConfiguredKeys(active ${this.activeKeyId}, ${this.keyIds.length} held)`;
  }
}

/**
 * A key as written in configuration: base64 (or base64url) of exactly 32
 * bytes; anything else is refused rather than stretched or cut. Answers the
 * problem as text (no key material in it) for the caller's ConfigError.
 */
export function decodeConfiguredKey(raw: string): Buffer | string {
  const text = raw.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    return 'is not base64 (make one with `openssl rand -base64 32`)';
  }
  const bytes = Buffer.from(text.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
  if (bytes.length !== 32) {
    return `must be the base64 of 32 random bytes (it decodes to ${bytes.length}); make one with \`openssl rand -base64 32\``;
  }
  return bytes;
}
