import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (its Algorithm.Argon2id); the parameters are
// its defaults (19 MiB, 2 passes), OWASP's minimum recommendation for argon2id.
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification when the address is unknown or has no
 * password yet, so response time does not reveal whether an account exists.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hash('decoy password that matches nothing');
  await verify(await decoyHash, password).catch(() => false);
  return false;
}
