import { describe, expect, it } from 'vitest';
import {
  ApiError,
  messageOf,
  networkError,
  parseApiError,
  parseJsonBody,
  parseRetryAfterSeconds,
} from './api-error.ts';

describe('parseApiError', () => {
  it('keeps code, message and path of a Tandem error body', () => {
    const error = parseApiError(409, {
      code: 'EMAIL_IN_USE',
      message: 'This e-mail address already has an account.',
      path: 'email',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('EMAIL_IN_USE');
    expect(error.message).toBe('This e-mail address already has an account.');
    expect(error.path).toBe('email');
    expect(error.status).toBe(409);
  });

  it('has no path when the body names none, or an empty one', () => {
    expect(
      parseApiError(401, { code: 'INVALID_CREDENTIALS', message: 'No.' }).path,
    ).toBeUndefined();
    expect(
      parseApiError(400, { code: 'VALIDATION_FAILED', message: 'No.', path: '' }).path,
    ).toBeUndefined();
  });

  it('gives a readable message when the body has a code but no usable message', () => {
    const error = parseApiError(400, { code: 'VALIDATION_FAILED', message: '  ' });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/try again/i);
  });

  it('treats a 5xx answer without a Tandem body (proxy page, empty 502) as unreachable', () => {
    for (const body of [undefined, '<html>Bad gateway</html>', { error: 'x' }]) {
      const error = parseApiError(502, body);
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toMatch(/cannot be reached/);
    }
  });

  it('keeps how long a RATE_LIMITED answer asks to wait', () => {
    const body = { code: 'RATE_LIMITED', message: 'Too many attempts.' };
    expect(parseApiError(429, body, '840').retryAfterSeconds).toBe(840);
    expect(parseApiError(429, body, null).retryAfterSeconds).toBeUndefined();
    expect(parseApiError(429, body).retryAfterSeconds).toBeUndefined();
  });

  it('marks a 4xx answer without a Tandem body as unexpected', () => {
    expect(parseApiError(404, undefined).code).toBe('UNEXPECTED_RESPONSE');
    expect(parseApiError(400, { code: 42, message: 'x' }).code).toBe('UNEXPECTED_RESPONSE');
    expect(parseApiError(400, { code: '', message: 'x' }).code).toBe('UNEXPECTED_RESPONSE');
    expect(parseApiError(400, ['VALIDATION_FAILED']).code).toBe('UNEXPECTED_RESPONSE');
  });
});

describe('networkError and messageOf', () => {
  it('describes an unreachable server calmly', () => {
    const error = networkError();
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
    expect(messageOf(error)).toMatch(/cannot be reached/);
  });

  it('never shows the text of an unknown error', () => {
    expect(messageOf(new TypeError('x is undefined at line 3'))).not.toMatch(/line 3/);
  });
});

describe('parseJsonBody', () => {
  it('reads JSON and returns undefined for empty or non-JSON text', () => {
    expect(parseJsonBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonBody('')).toBeUndefined();
    expect(parseJsonBody('<html></html>')).toBeUndefined();
  });
});

describe('parseRetryAfterSeconds', () => {
  it('reads whole seconds', () => {
    expect(parseRetryAfterSeconds('0')).toBe(0);
    expect(parseRetryAfterSeconds(' 61 ')).toBe(61);
  });

  it('gives undefined for a date, a fraction, a negative number or nothing', () => {
    for (const value of [
      'Wed, 21 Oct 2026 07:28:00 GMT',
      '1.5',
      '-3',
      '',
      'soon',
      null,
      undefined,
    ]) {
      expect(parseRetryAfterSeconds(value)).toBeUndefined();
    }
  });
});
