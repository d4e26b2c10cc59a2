import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import { signCheckpoint, type SignedCheckpoint } from '../modules/audit/audit-anchor.ts';
import { appendCheckpoints } from '../modules/audit/audit-anchor-file.ts';

/**
 * Anchors every audit chain's tip outside the database, at start, every
 * interval (when a tip moved) and at stop: a signed line in the anchor file,
 * flushed to disk, and the same line in the log, so that a log shipper takes
 * it off the host. Safe on every instance at once: each writes its own
 * checkpoints of the same tips (ADR 0008).
 */
export function startAuditCheckpoints(
  deps: { db: Kysely<DB>; clock: () => Date; log: Pick<Logger, 'info' | 'warn'> },
  options: { privateKey: KeyObject; anchorFile: string; intervalMs: number },
): { stop(): Promise<void> } {
  const lastAnchored = new Map<string, string>();
  const round = async () => {
    const written = await writeCheckpoints(deps.db, options, lastAnchored, deps.clock());
    for (const line of written) deps.log.info({ auditCheckpoint: line }, 'audit checkpoint');
  };
  let running: Promise<void> = round().catch((error: unknown) =>
    deps.log.warn({ err: error }, 'audit checkpoint failed'),
  );
  const timer = setInterval(() => {
    running = running
      .then(round)
      .catch((error: unknown) => deps.log.warn({ err: error }, 'audit checkpoint failed'));
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await round().catch((error: unknown) =>
        deps.log.warn({ err: error }, 'audit checkpoint failed'),
      );
    },
  };
}

/**
 * One round: a checkpoint for every chain whose tip is not yet anchored
 * (per `lastAnchored`, updated here). Answers what it wrote.
 */
export async function writeCheckpoints(
  db: Kysely<DB>,
  options: { privateKey: KeyObject; anchorFile: string },
  lastAnchored: Map<string, string>,
  now: Date,
): Promise<SignedCheckpoint[]> {
  const heads = await db.selectFrom('audit_heads').select(['practice_id', 'seq', 'hash']).execute();
  const fresh = heads.filter(
    (head) => head.seq > 0 && lastAnchored.get(head.practice_id) !== `${head.seq}:${head.hash}`,
  );
  const checkpoints = fresh.map((head) =>
    signCheckpoint(
      { practiceId: head.practice_id, seq: Number(head.seq), hash: head.hash },
      now,
      options.privateKey,
    ),
  );
  await appendCheckpoints(options.anchorFile, checkpoints);
  for (const head of fresh) lastAnchored.set(head.practice_id, `${head.seq}:${head.hash}`);
  return checkpoints;
}
