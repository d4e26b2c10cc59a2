import { isApiError } from './api-error.ts';

const maxRetries = 2;

/**
 * Whether TanStack Query should try a failed read again: only when the server
 * could not be reached or had a passing problem (5xx). A 4xx answer will not
 * change by asking again.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (!isApiError(error)) return false;
  return error.code === 'NETWORK_ERROR' || error.status >= 500;
}
