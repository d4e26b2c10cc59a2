import type { Deps } from '../../deps.ts';
import type { JobPayload } from '../../jobs/job-kinds.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import type { JobHandler } from '../../jobs/job-types.ts';
import { nextDigestAt } from './digest-window.ts';
import { sendAlertDigest } from './send-digest.ts';

/** 'alert-digest': one staff member's gathered notices (see send-digest.ts). */
export const alertDigestJob: JobHandler<Pick<Deps, 'config'>, JobPayload<'alert-digest'>> = {
  run: async (deps, { job, now, trx }) => {
    await sendAlertDigest(
      trx,
      deps,
      { practiceId: job.practiceId, staffId: job.payload.staffId },
      now,
    );
  },
};

/**
 * The digest that will carry a notice gathered now: one job per staff member
 * and window, so every notice of the window shares it.
 */
export function enqueueDigest(
  trx: Parameters<typeof enqueueJob>[0],
  target: { practiceId: string; staffId: string },
  now: Date,
): Promise<boolean> {
  const at = nextDigestAt(now);
  return enqueueJob(trx, {
    practiceId: target.practiceId,
    kind: 'alert-digest',
    dedupeKey: `${target.staffId}@${at.toISOString()}`,
    runAt: at,
    payload: { staffId: target.staffId },
  });
}
