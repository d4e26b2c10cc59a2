import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { column } from './encrypted-columns.ts';
import {
  createFieldCipher,
  dataKeyFrom,
  keyringOf,
  SealedValueError,
  type Keyring,
} from './field-cipher.ts';

const keyA = dataKeyFrom(randomBytes(32));
const keyB = dataKeyFrom(randomBytes(32));
const place = { column: column.journalBody, rowId: randomUUID() };
const text = 'I felt the panic rise on the bus — and stayed. 🚌';

describe('field cipher', () => {
  it('opens what it sealed, and seals the same text differently each time', () => {
    const cipher = createFieldCipher(() => keyringOf(keyA));
    const sealed = cipher.seal(text, place);
    expect(cipher.open(sealed, place)).toBe(text);
    expect(cipher.seal(text, place).equals(sealed)).toBe(false);
    expect(sealed.includes(Buffer.from('panic'))).toBe(false);
    expect(cipher.keyIdOf(sealed)).toBe(keyA.id);
    expect(cipher.activeKeyId()).toBe(keyA.id);
    expect(cipher.open(cipher.seal('', place), place)).toBe('');
  });

  it('does not open a value moved to another row or another column', () => {
    const cipher = createFieldCipher(() => keyringOf(keyA));
    const sealed = cipher.seal(text, place);
    expect(() => cipher.open(sealed, { ...place, rowId: randomUUID() })).toThrow(SealedValueError);
    expect(() => cipher.open(sealed, { ...place, column: column.checkInNote })).toThrow(
      'does not open',
    );
  });

  it('does not open a value with any byte changed', () => {
    const cipher = createFieldCipher(() => keyringOf(keyA));
    const sealed = cipher.seal(text, place);
    // Past the format byte and the key id: nonce, ciphertext and tag.
    for (let i = 9; i < sealed.length; i += 1) {
      const tampered = Buffer.from(sealed);
      tampered[i] = tampered[i]! ^ 0x01;
      expect(() => cipher.open(tampered, place)).toThrow(SealedValueError);
    }
    expect(() => cipher.open(sealed.subarray(0, 20), place)).toThrow('format');
    const otherFormat = Buffer.from(sealed);
    otherFormat[0] = 0x02;
    expect(() => cipher.open(otherFormat, place)).toThrow('format');
  });

  it('names a key it does not hold, and never opens with the wrong one', () => {
    const sealedUnderB = createFieldCipher(() => keyringOf(keyB)).seal(text, place);
    const cipher = createFieldCipher(() => keyringOf(keyA));
    expect(() => cipher.open(sealedUnderB, place)).toThrow(
      `sealed with key ${keyB.id}, which this Tandem does not hold`,
    );
    // A value claiming key A but sealed under B does not open either.
    const relabelled = Buffer.from(sealedUnderB);
    Buffer.from(keyA.id, 'hex').copy(relabelled, 1);
    expect(() => cipher.open(relabelled, place)).toThrow('does not open');
  });

  it('follows a rotation: seals under the new key, still opens the old, and asks for unknown keys', () => {
    let keyring: Keyring = keyringOf(keyA);
    const asked: string[] = [];
    const newer = keyringOf(keyB, [keyA]);
    const cipher = createFieldCipher(
      () => keyring,
      (id) => {
        asked.push(id);
        return newer;
      },
    );
    const underA = cipher.seal(text, place);
    // Another instance rotated: a value under B arrives before this one reloaded its keyring.
    const underB = createFieldCipher(() => newer).seal(text, place);
    expect(cipher.open(underB, place)).toBe(text);
    expect(asked).toEqual([keyB.id]);
    keyring = newer;
    expect(cipher.activeKeyId()).toBe(keyB.id);
    expect(cipher.keyIdOf(cipher.seal(text, place))).toBe(keyB.id);
    expect(cipher.open(underA, place)).toBe(text);
    expect(asked).toEqual([keyB.id]);
  });

  it('derives a key id from the key, and refuses keys that are not 32 bytes', () => {
    expect(dataKeyFrom(Buffer.from(keyA.key)).id).toBe(keyA.id);
    expect(keyA.id).toMatch(/^[0-9a-f]{16}$/);
    expect(() => dataKeyFrom(randomBytes(16))).toThrow('32 bytes');
  });
});
