import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { chainIds, readChainHead, readChainPage } from './audit.repo.ts';

export interface ChainProblem {
  practiceId: string;
  seq: number;
  problem: 'changed' | 'missing' | 'broken-link' | 'tip-mismatch';
  detail: string;
}

export interface VerifyReport {
  chains: number;
  events: number;
  problems: ChainProblem[];
  /** Each chain's last event as found: record them elsewhere to notice a rewrite of the whole chain later. */
  tips: { practiceId: string; seq: number; hash: string }[];
}

const PAGE = 5_000;

/**
 * Walks every practice's chain from the start: each row must hash to its
 * stored hash, name the previous row's hash, follow it without a gap, and the
 * last row must be the recorded tip (so removing the newest rows shows too).
 */
export async function verifyAuditChains(db: Kysely<DB>): Promise<VerifyReport> {
  const report: VerifyReport = { chains: 0, events: 0, problems: [], tips: [] };
  for (const practiceId of await chainIds(db)) {
    report.chains += 1;
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const rows = await readChainPage(db, practiceId, expectedSeq - 1, PAGE);
      for (const row of rows) {
        const seq = Number(row.seq);
        report.events += 1;
        if (seq !== expectedSeq) {
          report.problems.push({
            practiceId,
            seq: expectedSeq,
            problem: 'missing',
            detail: `events ${expectedSeq}..${seq - 1} are missing`,
          });
        }
        if (row.prev_hash !== prevHash) {
          report.problems.push({
            practiceId,
            seq,
            problem: 'broken-link',
            detail: 'does not follow the previous event',
          });
        }
        const recomputed = auditHash({
          practiceId: row.practice_id,
          seq,
          id: row.id,
          occurredAt: row.occurred_at,
          actorId: row.actor_id,
          actorRole: row.actor_role,
          action: row.action,
          resourceType: row.resource_type,
          resourceId: row.resource_id,
          clientId: row.client_id,
          outcome: row.outcome,
          detail: row.detail,
          sourceAddress: row.source_address,
          sessionId: row.session_id,
          prevHash: row.prev_hash,
        });
        if (recomputed !== row.hash) {
          report.problems.push({
            practiceId,
            seq,
            problem: 'changed',
            detail: 'content does not match its hash',
          });
        }
        prevHash = row.hash;
        expectedSeq = seq + 1;
      }
      if (rows.length < PAGE) break;
    }
    const head = await readChainHead(db, practiceId);
    if (!head) {
      report.problems.push({
        practiceId,
        seq: expectedSeq - 1,
        problem: 'tip-mismatch',
        detail: `chain has ${expectedSeq - 1} event(s) but no recorded tip`,
      });
    } else if (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash) {
      report.problems.push({
        practiceId,
        seq: Number(head.seq),
        problem: 'tip-mismatch',
        detail: `chain ends at ${expectedSeq - 1} but its recorded tip is ${Number(head.seq)}`,
      });
    }
    if (expectedSeq > 1) report.tips.push({ practiceId, seq: expectedSeq - 1, hash: prevHash });
  }
  return report;
}
