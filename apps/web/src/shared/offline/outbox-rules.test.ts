import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { itemsToFlush, outboxOwner, outcomeOfAnswer, outcomeOfError } from './outbox-rules.ts';

describe('outcomeOfError', () => {
  it('keeps an entry to try again when there was no answer or the server was down', () => {
    expect(outcomeOfError(new ApiError('NETWORK_ERROR', 'Offline.', 0))).toBe('retry-later');
    expect(outcomeOfError(new ApiError('SERVICE_UNAVAILABLE', 'Down.', 503))).toBe('retry-later');
    expect(outcomeOfError(new ApiError('INTERNAL', 'Oops.', 500))).toBe('retry-later');
  });

  it('keeps an entry for after signing in again, consent, a timeout or a rate limit', () => {
    for (const status of [401, 403, 408, 429]) {
      expect(outcomeOfError(new ApiError('SESSION_EXPIRED', 'Signed out.', status))).toBe(
        'retry-later',
      );
    }
  });

  it('marks an entry the server refused as it is (a validation error) as rejected', () => {
    expect(outcomeOfError(new ApiError('VALIDATION_FAILED', 'Too long.', 400))).toBe('rejected');
    expect(outcomeOfError(new ApiError('NOT_FOUND', 'Gone.', 404))).toBe('rejected');
    expect(outcomeOfError(new ApiError('SUBMISSION_ID_REUSED', 'Id reused.', 409))).toBe(
      'rejected',
    );
  });

  it('never drops an entry on an error it does not know', () => {
    expect(outcomeOfError(new Error('quota'))).toBe('retry-later');
    expect(outcomeOfError(undefined)).toBe('retry-later');
  });
});

describe('outcomeOfAnswer', () => {
  it('counts a JSON answer as sent, and no body (a captive portal page) as not yet', () => {
    expect(outcomeOfAnswer({ checkIn: { id: 'c1' } })).toBe('sent');
    expect(outcomeOfAnswer(undefined)).toBe('retry-later');
    expect(outcomeOfAnswer(null)).toBe('retry-later');
  });
});

describe('itemsToFlush', () => {
  const owner = outboxOwner({ id: 'u1', practiceId: 'p1' });
  const item = (id: string, createdAt: string, extra: object = {}) => ({
    id,
    createdAt,
    owner,
    ...extra,
  });

  it("sends the signed-in person's entries oldest first", () => {
    const items = [item('b', '2026-01-02T00:00:00Z'), item('a', '2026-01-01T00:00:00Z')];
    expect(itemsToFlush(items, owner, new Set()).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it("leaves out another person's entries, refused ones and those being sent", () => {
    const items = [
      item('other', '2026-01-01T00:00:00Z', { owner: outboxOwner({ id: 'u2', practiceId: 'p1' }) }),
      item('refused', '2026-01-01T00:00:00Z', { failure: { code: 'X', message: 'm', at: '' } }),
      item('sending', '2026-01-01T00:00:00Z'),
      item('due', '2026-01-01T00:00:00Z'),
    ];
    expect(itemsToFlush(items, owner, new Set(['sending'])).map((i) => i.id)).toEqual(['due']);
  });

  it('keeps a person apart per practice', () => {
    expect(outboxOwner({ id: 'u1', practiceId: 'p1' })).not.toBe(
      outboxOwner({ id: 'u1', practiceId: 'p2' }),
    );
  });
});
