import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from './api-error.ts';
import { shouldRetryQuery } from './retry-policy.ts';

describe('shouldRetryQuery', () => {
  it('retries an unreachable server or a 5xx answer, at most twice', () => {
    const unavailable = new ApiError('SERVICE_UNAVAILABLE', 'busy', 503);
    expect(shouldRetryQuery(0, networkError())).toBe(true);
    expect(shouldRetryQuery(1, unavailable)).toBe(true);
    expect(shouldRetryQuery(2, unavailable)).toBe(false);
  });

  it('never retries a 4xx answer or an error that is not from the API', () => {
    expect(shouldRetryQuery(0, new ApiError('NOT_FOUND', 'Not found.', 404))).toBe(false);
    expect(shouldRetryQuery(0, new ApiError('SESSION_EXPIRED', 'Signed out.', 401))).toBe(false);
    expect(shouldRetryQuery(0, new Error('bug'))).toBe(false);
  });
});
