import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { isUuid, newId } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { AuditAction } from './audit-actions.ts';
import { auditHash, GENESIS_HASH, type ChainedFields } from './audit-hash.ts';

export interface AuditEvent {
  practiceId: string;
  actorId: string | null;
  /** A role, 'operator' for the `tandem` command on the server, or null for nobody known. */
  actorRole: string | null;
  /** The request's client address; null for the `tandem` command and background work. */
  sourceAddress?: string | null;
  /** The session that made the request (its stored hash). */
  sessionId?: string | null;
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  clientId?: string | null;
  outcome: 'allowed' | 'denied';
  detail?: Record<string, unknown>;
}

/**
 * PostgreSQL answers a uuid column in lower case whatever case it was written
 * in; the hash must cover the value as stored, or `audit verify` reports a
 * change nobody made. A uuid column given something else is a bug in the caller.
 */
/** Any UUID spelling PostgreSQL accepts in canonical form, the nil UUID of the installation chain included. */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function storedUuid(value: string, column: string): string {
  if (!UUID_SHAPE.test(value)) throw new Error(`audit: ${column} is not a UUID`);
  return value.toLowerCase();
}
const storedUuidOrNull = (value: string | null | undefined, column: string) =>
  value === null || value === undefined ? null : storedUuid(value, column);

// Every audited request runs these two statements, so their text is fixed
// here rather than built by the query builder each time (the benchmark's
// profile: building and compiling SQL was a tenth of a request's app CPU).
const LOCK_TIP_SQL = `insert into audit_heads (practice_id, seq, hash) values ($1, 0, $2)
  on conflict (practice_id) do update set practice_id = excluded.practice_id
  returning seq, hash`;

// The event and the new tip in one statement (a data-modifying WITH always runs to completion).
const APPEND_SQL = `with appended as (
    insert into audit_events (practice_id, seq, id, occurred_at, actor_id, actor_role, action,
      resource_type, resource_id, client_id, outcome, detail, source_address, session_id,
      prev_hash, hash)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
    returning seq
  )
  update audit_heads set seq = $2, hash = $16 where practice_id = $1`;

/**
 * Appends one event to its practice's chain, inside the caller's transaction
 * (so a write and its audit commit or fail together). The chain tip row is
 * locked, which orders writers of one practice and leaves others alone; the
 * lock is held until commit, so call this last in a transaction. Two
 * statements: every audited request pays for these round trips.
 */
export async function appendAuditEvent(
  trx: Transaction<DB>,
  event: AuditEvent,
  now: Date,
): Promise<void> {
  // Creates the tip on a chain's first event; otherwise the no-op update locks
  // the existing tip and answers it, in one round trip.
  const practiceId = storedUuid(event.practiceId, 'practiceId');
  const headResult = await trx.executeQuery<{ seq: number | string; hash: string }>(
    CompiledQuery.raw(LOCK_TIP_SQL, [practiceId, GENESIS_HASH]),
  );
  const head = headResult.rows[0];
  if (head === undefined) throw new Error('audit: the chain tip was not answered');
  const fields: ChainedFields = {
    practiceId,
    seq: Number(head.seq) + 1,
    id: newId(),
    occurredAt: now,
    actorId: storedUuidOrNull(event.actorId, 'actorId'),
    actorRole: event.actorRole,
    action: event.action,
    resourceType: event.resourceType,
    // A text column; an id in it is kept in the one spelling every other table uses.
    resourceId:
      event.resourceId != null && isUuid(event.resourceId)
        ? event.resourceId.toLowerCase()
        : (event.resourceId ?? null),
    clientId: storedUuidOrNull(event.clientId, 'clientId'),
    outcome: event.outcome,
    detail: event.detail ?? {},
    sourceAddress: event.sourceAddress ?? null,
    sessionId: event.sessionId ?? null,
    prevHash: head.hash,
  };
  const hash = auditHash(fields);
  await trx.executeQuery(
    CompiledQuery.raw(APPEND_SQL, [
      fields.practiceId,
      fields.seq,
      fields.id,
      fields.occurredAt,
      fields.actorId,
      fields.actorRole,
      fields.action,
      fields.resourceType,
      fields.resourceId,
      fields.clientId,
      fields.outcome,
      JSON.stringify(fields.detail),
      fields.sourceAddress,
      fields.sessionId,
      fields.prevHash,
      hash,
    ]),
  );
}

/** For events that must outlive the caller's transaction (denials): a transaction of their own. */
export async function appendAuditEventNow(
  db: Kysely<DB>,
  event: AuditEvent,
  now: Date,
): Promise<void> {
  await db.transaction().execute((trx) => appendAuditEvent(trx, event, now));
}

/**
 * Every chain: those with a recorded tip and those with events, so that
 * removing a tip row does not hide its chain from verification.
 */
export async function chainIds(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_heads')
    .select('practice_id')
    .union(db.selectFrom('audit_events').select('practice_id').distinct())
    .orderBy('practice_id')
    .execute();
  return rows.map((r) => r.practice_id);
}

export async function readChainPage(
  db: Kysely<DB>,
  practiceId: string,
  afterSeq: number,
  limit: number,
) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('seq', '>', afterSeq as never)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function readChainHead(db: Kysely<DB>, practiceId: string) {
  return db
    .selectFrom('audit_heads')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
}
