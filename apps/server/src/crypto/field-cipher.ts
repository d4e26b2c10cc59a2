import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { EncryptedColumn } from './encrypted-columns.ts';

/**
 * Free text at rest (journal, thought records, check-in notes, plans) is sealed
 * with AES-256-GCM under a key that never reaches the database, the logs or the
 * browser (ADR 0014). A sealed value is one bytea:
 *
 *   [format 0x01][key id: 8 bytes][nonce: 12 bytes][ciphertext][tag: 16 bytes]
 *
 * The key id lets a value name the key that sealed it, so rotation can proceed
 * row by row while the app runs. The additional data binds a value to its table,
 * column and row: a sealed note copied into another row (or another column) does
 * not open.
 */
export const SEALED_FORMAT = 0x01;
export const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES;

/** One data key: 32 random bytes and its id (the first 8 bytes of its SHA-256). */
export interface DataKey {
  id: string;
  key: Buffer;
}

/** The keys a running Tandem holds: one seals, every listed one opens. */
export interface Keyring {
  active: DataKey;
  /** The active key and every earlier one not yet retired, by id (hex). */
  byId: ReadonlyMap<string, DataKey>;
}

/** Where a sealed value lives: part of its additional data. */
export interface SealedPlace {
  column: EncryptedColumn;
  /** The row's id (uuid). */
  rowId: string;
}

export interface FieldCipher {
  seal(plain: string, place: SealedPlace): Buffer;
  open(sealed: Buffer, place: SealedPlace): string;
  /** The id of the key a sealed value names, hex (for rotation and `tandem keys status`). */
  keyIdOf(sealed: Buffer): string;
  /** The id of the key new values are sealed with. */
  activeKeyId(): string;
}

export class SealedValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedValueError';
  }
}

export function dataKeyFrom(key: Buffer): DataKey {
  if (key.length !== 32) throw new Error('A data key is 32 bytes (AES-256).');
  return {
    id: createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES).toString('hex'),
    key,
  };
}

export function keyringOf(active: DataKey, others: readonly DataKey[] = []): Keyring {
  const byId = new Map<string, DataKey>();
  for (const key of [active, ...others]) byId.set(key.id, key);
  return { active, byId };
}

function additionalData(place: SealedPlace): Buffer {
  return Buffer.from(`tandem:${place.column.table}.${place.column.column}:${place.rowId}`, 'utf8');
}

/**
 * A cipher over a keyring the caller may replace (rotation): `currentKeyring`
 * is read on every call, and `onUnknownKey` may load a newer keyring when a
 * value names a key this process has not seen yet (another instance rotated).
 */
export function createFieldCipher(
  currentKeyring: () => Keyring,
  onUnknownKey: (keyId: string) => Keyring | null = () => null,
): FieldCipher {
  function keyIdOf(sealed: Buffer): string {
    if (sealed.length < HEADER_BYTES + TAG_BYTES || sealed[0] !== SEALED_FORMAT) {
      throw new SealedValueError('Not a sealed value of a format this Tandem knows.');
    }
    return sealed.subarray(1, 1 + KEY_ID_BYTES).toString('hex');
  }

  return {
    seal(plain, place) {
      const { active } = currentKeyring();
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', active.key, nonce);
      cipher.setAAD(additionalData(place));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([
        Buffer.from([SEALED_FORMAT]),
        Buffer.from(active.id, 'hex'),
        nonce,
        body,
        cipher.getAuthTag(),
      ]);
    },
    open(sealed, place) {
      const keyId = keyIdOf(sealed);
      const key = currentKeyring().byId.get(keyId) ?? onUnknownKey(keyId)?.byId.get(keyId);
      if (!key) {
        throw new SealedValueError(
          `A value was sealed with key ${keyId}, which this Tandem does not hold (see docs/operations.md, "Encryption keys").`,
        );
      }
      const nonce = sealed.subarray(1 + KEY_ID_BYTES, HEADER_BYTES);
      const tag = sealed.subarray(sealed.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key.key, nonce);
      decipher.setAAD(additionalData(place));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(sealed.subarray(HEADER_BYTES, sealed.length - TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SealedValueError(
          `A sealed value in ${place.column.table}.${place.column.column} does not open: it was changed or moved.`,
        );
      }
    },
    keyIdOf,
    activeKeyId: () => currentKeyring().active.id,
  };
}
