import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** Installation-level events (anonymous requests) go on a chain of their own. */
export const SYSTEM_CHAIN = '00000000-0000-0000-0000-000000000000';

/** Every stored column of an event, exactly as PostgreSQL stores it. */
export interface ChainedFields {
  practiceId: string;
  seq: number;
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  clientId: string | null;
  outcome: 'allowed' | 'denied';
  detail: Record<string, unknown>;
  sourceAddress: string | null;
  sessionId: string | null;
  prevHash: string;
}

/**
 * Each event's hash covers every stored field and the previous hash, so a
 * changed or removed row breaks the chain. The source address and session
 * came later (migration 0003): they are part of the material only when
 * present, so events written before them keep their hashes.
 */
export function auditHash(event: ChainedFields): string {
  const { sourceAddress, sessionId, ...always } = event;
  const material = canonicalJson({
    ...always,
    occurredAt: event.occurredAt.toISOString(),
    ...(sourceAddress === null ? {} : { sourceAddress }),
    ...(sessionId === null ? {} : { sessionId }),
  });
  return createHash('sha256').update(material).digest('hex');
}
