import { ephemeralCipher } from '../crypto/ephemeral-cipher.ts';

/** A real cipher under a fresh random key, one per test app (nothing about it is faked). */
export const testCipher = ephemeralCipher;
