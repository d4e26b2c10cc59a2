import { AppError } from '@tandem/core';

/** RATE_LIMITED, saying in whole seconds (at least one) when the window that refused ends. */
export function rateLimitedError(resetAt: Date, now: Date): AppError {
  return new AppError('RATE_LIMITED', {
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
  });
}
