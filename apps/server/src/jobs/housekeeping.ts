import type { Deps } from '../deps.ts';
import { deleteStaleRateLimits } from '../modules/ratelimit/rate-limit.repo.ts';
import { deleteExpiredSessions } from '../modules/sessions/sessions.repo.ts';
import type { JobPayload } from './job-kinds.ts';
import type { JobHandler } from './job-types.ts';
import { deleteFinishedJobs } from './jobs.repo.ts';

export const HOUSEKEEPING_EVERY_MS = 5 * 60_000;

/**
 * Removes expired sessions, old rate-limit windows and finished jobs, once
 * every five minutes for the installation. The deletes run in the job's
 * transaction: they commit with the run, or not at all.
 */
export const housekeepingJob: JobHandler<Pick<Deps, 'config'>, JobPayload<'housekeeping'>> = {
  every: () => HOUSEKEEPING_EVERY_MS,
  async run(deps, { now, trx }) {
    await deleteExpiredSessions(trx, now, deps.config.sessionIdleMinutes * 60_000);
    await deleteStaleRateLimits(trx, new Date(now.getTime() - 24 * 3_600_000));
    await deleteFinishedJobs(trx, now);
  },
};
