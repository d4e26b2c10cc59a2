/**
 * Gathered ("digest") notices go out every 3 hours, on the hour, at 00:00,
 * 03:00, 06:00 … UTC: soon enough that a notice chosen to wait still arrives
 * the same working day, far enough apart to gather several into one e-mail.
 * (A critical alert never waits only on a digest: see alerts/alert-delivery.ts.)
 * UTC, not the practice's zone, so the slots never shift with daylight saving.
 */
export const DIGEST_WINDOW_HOURS = 3;

/** The first digest slot strictly after `now`. */
export function nextDigestAt(now: Date): Date {
  const windowMs = DIGEST_WINDOW_HOURS * 3_600_000;
  return new Date((Math.floor(now.getTime() / windowMs) + 1) * windowMs);
}
