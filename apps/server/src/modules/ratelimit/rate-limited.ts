import { AppError } from '@tandem/core';

/**
 * RATE_LIMITED, saying when to try again: in the message a person reads, and
 * in whole seconds (at least one) for the Retry-After header.
 */
export function rateLimitedError(resetAt: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', {
    message: `Too many attempts. Please try again in ${waitInWords(seconds)}.`,
    retryAfterSeconds: seconds,
  });
}

/** "1 second", "45 seconds", "2 minutes" (rounded up: never tell someone to come back too early). */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
