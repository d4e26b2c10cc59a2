import { describe, expect, it } from 'vitest';
import { newSubmissionId } from './new-id.ts';
import { nextSubmissionAttempt } from './submission-id.ts';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('nextSubmissionAttempt', () => {
  let counter = 0;
  const makeId = () => `id-${++counter}`;

  it('reuses the id when the same body is sent again (a retry)', () => {
    const first = nextSubmissionAttempt(null, { email: 'a@example.org', displayName: 'A' }, makeId);
    const retry = nextSubmissionAttempt(
      first,
      { email: 'a@example.org', displayName: 'A' },
      makeId,
    );
    expect(retry.id).toBe(first.id);
  });

  it('takes a new id when the body changed', () => {
    const first = nextSubmissionAttempt(null, { email: 'a@example.org' }, makeId);
    const changed = nextSubmissionAttempt(first, { email: 'b@example.org' }, makeId);
    expect(changed.id).not.toBe(first.id);
  });
});

describe('newSubmissionId', () => {
  it('uses crypto.randomUUID where the browser offers it', () => {
    expect(newSubmissionId()).toMatch(uuidV4);
  });

  it('builds a version 4 UUID from getRandomValues outside secure contexts', () => {
    const withoutRandomUuid = {
      getRandomValues: (array: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(array),
    } as unknown as Crypto;
    const ids = new Set(Array.from({ length: 50 }, () => newSubmissionId(withoutRandomUuid)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(uuidV4);
  });

  it('sets the version and variant bits even when every random byte is 0xff', () => {
    const allOnes = {
      getRandomValues: (array: Uint8Array) => array.fill(0xff),
    } as unknown as Crypto;
    expect(newSubmissionId(allOnes)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
