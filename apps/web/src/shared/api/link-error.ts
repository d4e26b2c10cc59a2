import { isApiError } from './api-error.ts';

/**
 * Whether an error says the e-mailed link itself is no good: used, expired,
 * unknown (TOKEN_INVALID) or cut short by a mail program (a validation error
 * on `token`). The page then explains what to do instead of offering a retry.
 */
export function isBrokenLinkError(error: unknown): boolean {
  return isApiError(error) && (error.code === 'TOKEN_INVALID' || error.path === 'token');
}
