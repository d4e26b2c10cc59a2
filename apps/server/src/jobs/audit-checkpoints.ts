import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import { signCheckpoint, type SignedCheckpoint } from '../modules/audit/audit-anchor.ts';
import { appendCheckpoints } from '../modules/audit/audit-anchor-file.ts';
import type { JobPayload } from './job-kinds.ts';
import type { JobHandler } from './job-types.ts';

export interface AuditAnchoring {
  privateKey: KeyObject;
  anchorFile: string;
  /** TANDEM_AUDIT_ANCHOR_SECONDS, in milliseconds. */
  intervalMs: number;
  /** Tips this instance has anchored, by practice (`seq:hash`): unmoved tips are not written again. */
  lastAnchored: Map<string, string>;
}

export interface AuditCheckpointDeps {
  db: Kysely<DB>;
  log: Pick<Logger, 'info'>;
  auditAnchoring: AuditAnchoring;
}

/**
 * Anchors every moved audit tip outside the database: a signed line in this
 * instance's anchor file, flushed to disk, and the same line in the log, so
 * that a log shipper takes it off the host (ADR 0008). Answers what it wrote.
 */
export async function anchorAuditTips(
  deps: AuditCheckpointDeps,
  now: Date,
): Promise<SignedCheckpoint[]> {
  const { auditAnchoring } = deps;
  const written = await writeCheckpoints(deps.db, auditAnchoring, auditAnchoring.lastAnchored, now);
  for (const line of written) deps.log.info({ auditCheckpoint: line }, 'audit checkpoint');
  return written;
}

/**
 * Checkpoints as a recurring job: once per TANDEM_AUDIT_ANCHOR_SECONDS for
 * the installation, written by the instance that runs it. Each instance also
 * anchors once more when it stops, after HTTP has drained (runtime.ts), so its
 * own last writes are covered. Verify with every instance's file (ADR 0010).
 */
export const auditCheckpointJob: JobHandler<AuditCheckpointDeps, JobPayload<'audit-checkpoint'>> = {
  every: (deps) => deps.auditAnchoring.intervalMs,
  async run(deps, { now }) {
    await anchorAuditTips(deps, now);
  },
};

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
