import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { auditHash, GENESIS_HASH, type ChainedFields } from '../src/modules/audit/audit-hash.ts';
import {
  benchUuid,
  CLIENTS_PER_PRACTICE,
  CLIENTS_PER_THERAPIST,
  clientSeed,
  practiceSeed,
  THERAPISTS_PER_PRACTICE,
  therapistOfClient,
  therapistSeed,
} from './bench-ids.ts';

const BATCH = 5_000;

/**
 * The event a practice's staff would have left at position i of its history,
 * shaped as the app writes them: mostly single-client reads, every tenth a
 * caseload read naming 50 client ids, every twentieth a sign-in.
 */
function historyEvent(
  p: number,
  i: number,
): Omit<ChainedFields, 'seq' | 'occurredAt' | 'prevHash'> {
  const practiceId = benchUuid(practiceSeed(p));
  const base = {
    practiceId,
    id: randomUUID(),
    outcome: 'allowed' as const,
    actorRole: 'therapist',
    // Like requests of the app: an address and a session (a made-up hash) each.
    sourceAddress: `198.51.100.${(p % 250) + 1}`,
    sessionId: (practiceId.replaceAll('-', '') + String(i).padStart(32, '0')).slice(0, 64),
  };
  if (i % 10 === 0) {
    const t = ((i / 10) % THERAPISTS_PER_PRACTICE) + 1;
    const first = (t - 1) * CLIENTS_PER_THERAPIST + 1;
    const clientIds = Array.from({ length: CLIENTS_PER_THERAPIST }, (_, k) =>
      benchUuid(clientSeed(p, first + k)),
    );
    return {
      ...base,
      actorId: benchUuid(therapistSeed(p, t)),
      action: 'caseload.read',
      resourceType: 'client-list',
      resourceId: null,
      clientId: null,
      detail: { clientIds, status: 'active' },
    };
  }
  const c = ((i * 7919) % CLIENTS_PER_PRACTICE) + 1;
  const actorId = benchUuid(therapistSeed(p, therapistOfClient(c)));
  if (i % 20 === 1) {
    return {
      ...base,
      actorId,
      action: 'auth.sign-in',
      resourceType: 'session',
      resourceId: null,
      clientId: null,
      detail: {},
    };
  }
  const clientId = benchUuid(clientSeed(p, c));
  return {
    ...base,
    actorId,
    action: 'client.read',
    resourceType: 'client',
    resourceId: clientId,
    clientId,
    detail: {},
  };
}

async function insertBatch(client: pg.Client, rows: (ChainedFields & { hash: string })[]) {
  if (rows.length === 0) return;
  await client.query(
    `insert into audit_events (practice_id, seq, id, occurred_at, actor_id, actor_role, action,
                               resource_type, resource_id, client_id, outcome, detail, prev_hash, hash,
                               source_address, session_id)
     select * from unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::timestamptz[], $5::uuid[],
                          $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::text[],
                          $12::jsonb[], $13::text[], $14::text[], $15::text[], $16::text[])`,
    [
      rows.map((r) => r.practiceId),
      rows.map((r) => r.seq),
      rows.map((r) => r.id),
      rows.map((r) => r.occurredAt.toISOString()),
      rows.map((r) => r.actorId),
      rows.map((r) => r.actorRole),
      rows.map((r) => r.action),
      rows.map((r) => r.resourceType),
      rows.map((r) => r.resourceId),
      rows.map((r) => r.clientId),
      rows.map((r) => r.outcome),
      rows.map((r) => JSON.stringify(r.detail)),
      rows.map((r) => r.prevHash),
      rows.map((r) => r.hash),
      rows.map((r) => r.sourceAddress),
      rows.map((r) => r.sessionId),
    ],
  );
}

/**
 * A year of audit history (`perPractice` events, evenly spread) for each
 * practice of the range, hashed with the app's own auditHash into a valid
 * chain whose tip goes into audit_heads: the app's appends continue it, and
 * the audit verifier accepts it.
 */
export async function seedAuditHistory(
  client: pg.Client,
  range: { from: number; to: number },
  perPractice: number,
  now: Date,
): Promise<void> {
  if (perPractice === 0) return;
  const yearMs = 365 * 86_400_000;
  const stepMs = Math.max(1, Math.floor(yearMs / perPractice));
  const start = now.getTime() - yearMs - 86_400_000;
  await client.query('begin');
  try {
    let batch: (ChainedFields & { hash: string })[] = [];
    for (let p = range.from; p <= range.to; p++) {
      let prevHash = GENESIS_HASH;
      for (let i = 0; i < perPractice; i++) {
        const fields: ChainedFields = {
          ...historyEvent(p, i),
          seq: i + 1,
          occurredAt: new Date(start + i * stepMs),
          prevHash,
        };
        const hash = auditHash(fields);
        batch.push({ ...fields, hash });
        prevHash = hash;
        if (batch.length >= BATCH) {
          await insertBatch(client, batch);
          batch = [];
        }
      }
      await client.query('insert into audit_heads (practice_id, seq, hash) values ($1, $2, $3)', [
        benchUuid(practiceSeed(p)),
        perPractice,
        prevHash,
      ]);
    }
    await insertBatch(client, batch);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
