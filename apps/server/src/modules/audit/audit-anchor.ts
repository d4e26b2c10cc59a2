import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/**
 * A checkpoint: a chain's tip as it was at a moment, signed with a key the
 * database never holds (ADR 0008). Kept outside the database (a file,
 * and the log), it lets `tandem audit verify` notice what the chain alone
 * cannot show: newest events deleted and the tip rewound to match, or a whole
 * chain recomputed.
 */
export interface Checkpoint {
  v: 1;
  /** When the tip was seen. */
  at: string;
  practiceId: string;
  seq: number;
  hash: string;
  /** Which key signed it: the SHA-256 of its public key (DER), hex. */
  key: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Ed25519 signature of the canonical JSON of every other field, base64. */
  sig: string;
}

/** The name a public key goes by in checkpoints. */
export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signCheckpoint(
  tip: { practiceId: string; seq: number; hash: string },
  at: Date,
  privateKey: KeyObject,
): SignedCheckpoint {
  const checkpoint: Checkpoint = {
    v: 1,
    at: at.toISOString(),
    practiceId: tip.practiceId,
    seq: tip.seq,
    hash: tip.hash,
    key: keyFingerprint(createPublicKey(privateKey)),
  };
  const sig = sign(null, Buffer.from(canonicalJson(checkpoint)), privateKey).toString('base64');
  return { ...checkpoint, sig };
}

export type CheckpointReading =
  { ok: true; checkpoint: SignedCheckpoint } | { ok: false; why: string };

/** Reads one line of an anchor file and checks its signature against the key. */
export function readCheckpoint(line: string, publicKey: KeyObject): CheckpointReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { ok: false, why: 'not JSON' };
  }
  if (!isSignedCheckpoint(parsed)) return { ok: false, why: 'not a checkpoint' };
  if (parsed.key !== keyFingerprint(publicKey)) {
    return { ok: false, why: `signed with another key (${parsed.key.slice(0, 12)}…)` };
  }
  const { sig, ...signed } = parsed;
  const valid = verify(
    null,
    Buffer.from(canonicalJson(signed)),
    publicKey,
    Buffer.from(sig, 'base64'),
  );
  return valid
    ? { ok: true, checkpoint: parsed }
    : { ok: false, why: 'the signature does not match' };
}

function isSignedCheckpoint(value: unknown): value is SignedCheckpoint {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === 1 &&
    typeof v.at === 'string' &&
    typeof v.practiceId === 'string' &&
    typeof v.seq === 'number' &&
    Number.isSafeInteger(v.seq) &&
    typeof v.hash === 'string' &&
    typeof v.key === 'string' &&
    typeof v.sig === 'string' &&
    Object.keys(v).length === 7
  );
}
