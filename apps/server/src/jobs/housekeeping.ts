import type { Deps } from '../deps.ts';
import { deleteStaleRateLimits } from '../modules/ratelimit/rate-limit.repo.ts';
import { deleteExpiredSessions } from '../modules/sessions/sessions.repo.ts';

/** Removes expired sessions and old rate-limit windows every few minutes; safe on every instance at once. */
export function startHousekeeping(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'log'>,
  intervalMs = 5 * 60_000,
) {
  const round = async () => {
    const now = deps.clock();
    await deleteExpiredSessions(deps.db, now, deps.config.sessionIdleMinutes * 60_000);
    await deleteStaleRateLimits(deps.db, new Date(now.getTime() - 24 * 3_600_000));
  };
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = round().catch((error: unknown) =>
      deps.log.warn({ err: error }, 'housekeeping failed'),
    );
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
