import { AppError } from '@tandem/core';

/** How far ahead of the server's clock a device's "now" may be (clocks drift). */
const FUTURE_SLACK_MS = 5 * 60_000;
/** A missed day may be filled in afterwards, within a year. */
const BACKFILL_DAYS = 366;

/**
 * When an entry says it happened: not in the future (beyond clock drift) and
 * not more than a year back. `noun` names the entry in the message.
 */
export function checkEntryTime(at: Date, now: Date, field: string, noun: string): void {
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('VALIDATION_FAILED', {
      path: field,
      message: `${noun} cannot be in the future.`,
    });
  }
  if (at.getTime() < now.getTime() - BACKFILL_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', {
      path: field,
      message: `${noun} can be filled in up to a year afterwards.`,
    });
  }
}
