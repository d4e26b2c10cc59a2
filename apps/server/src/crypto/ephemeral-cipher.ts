import { randomBytes } from 'node:crypto';
import { createFieldCipher, dataKeyFrom, keyringOf, type FieldCipher } from './field-cipher.ts';

/**
 * A real cipher under a fresh random key that lives only in this process:
 * for an app that seals nothing it must keep (the OpenAPI generator, tests,
 * benchmarks). What it seals cannot be opened after the process ends.
 */
export function ephemeralCipher(): FieldCipher {
  const keyring = keyringOf(dataKeyFrom(randomBytes(32)));
  return createFieldCipher(() => keyring);
}
