import type { ErrorCode } from '@tandem/core';

/** Failures that never reached Tandem's error handler, named by the web app. */
export type ClientSideErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';
export type ApiErrorCode = ErrorCode | ClientSideErrorCode;

/**
 * An error answer from the API as a value: the stable `code` decides what the
 * screen does, `message` is plain language a person may read, `path` names the
 * form field it belongs to.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly path: string | undefined;
  /** From a Retry-After header (RATE_LIMITED): how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    status: number,
    path?: string,
    retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.path = path;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const unreachableMessage =
  'Tandem cannot be reached right now. Check your connection and try again in a moment.';

const unexpectedMessage = 'Something unexpected happened. Please try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns a non-2xx answer into an ApiError. A body in Tandem's error shape is
 * kept as it is; anything else (a proxy's HTML page, an empty 502 while the
 * server restarts) becomes a calm "cannot be reached" for 5xx statuses.
 *
 * `retryAfter` is the answer's Retry-After header, if any.
 *
 * @example parseApiError(401, { code: 'INVALID_CREDENTIALS', message: '…' }).code // 'INVALID_CREDENTIALS'
 */
export function parseApiError(status: number, body: unknown, retryAfter?: string | null): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && body.code !== '') {
    const message =
      typeof body.message === 'string' && body.message.trim() !== ''
        ? body.message
        : unexpectedMessage;
    const path = typeof body.path === 'string' && body.path !== '' ? body.path : undefined;
    return new ApiError(
      body.code as ApiErrorCode,
      message,
      status,
      path,
      parseRetryAfterSeconds(retryAfter),
    );
  }
  if (status >= 500) return new ApiError('SERVICE_UNAVAILABLE', unreachableMessage, status);
  return new ApiError('UNEXPECTED_RESPONSE', unexpectedMessage, status);
}

/** The request never got an answer (offline, server down, DNS). */
export function networkError(): ApiError {
  return new ApiError('NETWORK_ERROR', unreachableMessage, 0);
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Plain-language text for any error a query or mutation may reject with. */
export function messageOf(error: unknown): string {
  return isApiError(error) ? error.message : unexpectedMessage;
}

/** Reads a JSON body without throwing on empty or non-JSON answers. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The seconds of a Retry-After header. Tandem sends whole seconds; the other
 * form (an HTTP date) and anything unreadable give undefined.
 *
 * @example parseRetryAfterSeconds('120') // 120
 */
export function parseRetryAfterSeconds(value: string | null | undefined): number | undefined {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value.trim());
}
