import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { readCheckpoint, type SignedCheckpoint } from './audit-anchor.ts';
import { readChainHead } from './audit.repo.ts';

export interface AnchorProblem {
  practiceId: string;
  seq: number;
  problem: 'anchor-invalid' | 'cut-tail' | 'rewritten';
  detail: string;
}

export interface AnchorReport {
  lines: number;
  /** Chains with at least one valid checkpoint. */
  chains: number;
  problems: AnchorProblem[];
}

/**
 * Compares the chains with the checkpoints kept outside the database. Every
 * line's signature is checked; then each chain's newest checkpoint must still
 * be in the chain with the same hash. A chain that ends before it was cut
 * ("cut-tail"); one whose event at that place has another hash was rewritten
 * (every event before it may have been too).
 */
export async function checkAnchors(
  db: Kysely<DB>,
  lines: readonly string[],
  publicKey: KeyObject,
): Promise<AnchorReport> {
  const problems: AnchorProblem[] = [];
  const newest = new Map<string, SignedCheckpoint>();
  lines.forEach((line, index) => {
    const reading = readCheckpoint(line, publicKey);
    if (!reading.ok) {
      problems.push({
        practiceId: '-',
        seq: 0,
        problem: 'anchor-invalid',
        detail: `line ${index + 1} of the anchor file: ${reading.why}`,
      });
      return;
    }
    const seen = newest.get(reading.checkpoint.practiceId);
    if (!seen || reading.checkpoint.seq >= seen.seq) {
      newest.set(reading.checkpoint.practiceId, reading.checkpoint);
    }
  });
  for (const checkpoint of newest.values()) {
    const problem = await compareWithChain(db, checkpoint);
    if (problem) problems.push(problem);
  }
  return { lines: lines.length, chains: newest.size, problems };
}

async function compareWithChain(
  db: Kysely<DB>,
  checkpoint: SignedCheckpoint,
): Promise<AnchorProblem | null> {
  const event = await db
    .selectFrom('audit_events')
    .select('hash')
    .where('practice_id', '=', checkpoint.practiceId)
    .where('seq', '=', checkpoint.seq as never)
    .executeTakeFirst();
  if (event?.hash === checkpoint.hash) return null;
  if (!event) {
    const head = await readChainHead(db, checkpoint.practiceId);
    const endsAt = head ? Number(head.seq) : 0;
    return {
      practiceId: checkpoint.practiceId,
      seq: checkpoint.seq,
      problem: 'cut-tail',
      detail: `a checkpoint of ${checkpoint.at} saw event ${checkpoint.seq}, but the chain now ends at ${endsAt}: newer events were removed`,
    };
  }
  return {
    practiceId: checkpoint.practiceId,
    seq: checkpoint.seq,
    problem: 'rewritten',
    detail: `event ${checkpoint.seq} has another hash than the checkpoint of ${checkpoint.at} recorded: the chain was rewritten`,
  };
}
