import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** Installation-level events (anonymous requests) go on a chain of their own. */
export const SYSTEM_CHAIN = '00000000-0000-0000-0000-000000000000';

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
  prevHash: string;
}

/** Each event's hash covers every field and the previous hash, so a changed or removed row breaks the chain. */
export function auditHash(event: ChainedFields): string {
  const material = canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() });
  return createHash('sha256').update(material).digest('hex');
}
