import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH, type ChainedFields } from './audit-hash.ts';

/**
 * The hash is pinned to literal values: a verifier that shares the writer's
 * function would not notice a field dropped from both, so the expected hashes
 * are written here, not computed. Changing what the hash covers breaks every
 * stored chain: it needs a migration of the verifier, never a new literal.
 */
const event: ChainedFields = {
  practiceId: '5b0e6f4c-1d2a-4c3b-8e9f-0a1b2c3d4e5f',
  seq: 7,
  id: 'a3c1e2d4-5f60-4718-89ab-cdef01234567',
  occurredAt: new Date('2026-11-30T09:15:00.123Z'),
  actorId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
  actorRole: 'therapist',
  action: 'client.read',
  resourceType: 'client',
  resourceId: '11111111-2222-4333-8444-555555555555',
  clientId: '11111111-2222-4333-8444-555555555555',
  outcome: 'allowed',
  detail: { status: 'active', clientIds: ['a', 'b'] },
  sourceAddress: '203.0.113.9',
  sessionId: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
  prevHash: GENESIS_HASH,
};

describe('auditHash', () => {
  it('is pinned for a fixed event', () => {
    expect(auditHash(event)).toBe(PINNED_FULL);
  });

  it('is pinned for an event written before addresses and sessions were recorded', () => {
    expect(auditHash({ ...event, sourceAddress: null, sessionId: null })).toBe(PINNED_LEGACY);
  });

  it('changes when any one field changes', () => {
    const variants: Partial<ChainedFields>[] = [
      { practiceId: '5b0e6f4c-1d2a-4c3b-8e9f-0a1b2c3d4e50' },
      { seq: 8 },
      { id: 'a3c1e2d4-5f60-4718-89ab-cdef01234568' },
      { occurredAt: new Date('2026-11-30T09:15:00.124Z') },
      { actorId: null },
      { actorRole: 'supervisor' },
      { action: 'client.archive' },
      { resourceType: 'user' },
      { resourceId: null },
      { clientId: null },
      { outcome: 'denied' },
      { detail: { status: 'archived', clientIds: ['a', 'b'] } },
      { sourceAddress: '203.0.113.10' },
      { sessionId: null },
      { prevHash: '1'.repeat(64) },
    ];
    const seen = new Set([auditHash(event)]);
    for (const variant of variants) {
      const hash = auditHash({ ...event, ...variant });
      expect(seen.has(hash), JSON.stringify(variant)).toBe(false);
      seen.add(hash);
    }
  });

  it('does not depend on the order of keys in the detail (jsonb reorders them)', () => {
    expect(auditHash({ ...event, detail: { clientIds: ['a', 'b'], status: 'active' } })).toBe(
      PINNED_FULL,
    );
  });
});

/*
 * Computed outside this code base: SHA-256 of the event as compact JSON with
 * sorted keys and the time in ISO 8601, e.g. in Python
 * hashlib.sha256(json.dumps(event, sort_keys=True, separators=(',', ':')).encode()).
 */
const PINNED_FULL = 'f328acea1237aab7af871082c71007a4803f35097144707eb30e99cfbf7fc4ed';
const PINNED_LEGACY = '989f00207481919959d87de743c7177a33b1c42f66235b002dedef38229ac74d';
