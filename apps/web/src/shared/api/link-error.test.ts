import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { isBrokenLinkError } from './link-error.ts';

describe('isBrokenLinkError', () => {
  it('is true for a used or expired link and for a token the server cannot read', () => {
    expect(isBrokenLinkError(new ApiError('TOKEN_INVALID', 'x', 400, 'token'))).toBe(true);
    expect(isBrokenLinkError(new ApiError('VALIDATION_FAILED', 'x', 400, 'token'))).toBe(true);
  });

  it('is false for other problems, which a retry or a field error handles', () => {
    expect(isBrokenLinkError(new ApiError('VALIDATION_FAILED', 'x', 400, 'password'))).toBe(false);
    expect(isBrokenLinkError(new ApiError('NETWORK_ERROR', 'x', 0))).toBe(false);
    expect(isBrokenLinkError(new Error('x'))).toBe(false);
  });
});
