import type { Deps } from '../../deps.ts';
import type { JobPayload } from '../../jobs/job-kinds.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import type { JobHandler } from '../../jobs/job-types.ts';
import { escalateAlert } from './escalate-alert.ts';
import { notifyAlertRecipients } from './notify-alert.ts';

type AlertJobDeps = Pick<Deps, 'config' | 'log'>;

/** 'alert-notify': e-mail the recipients who chose "at once" (see notify-alert.ts). */
export const alertNotifyJob: JobHandler<AlertJobDeps, JobPayload<'alert-notify'>> = {
  run: async (deps, { job, now, trx }) => {
    await notifyAlertRecipients(
      trx,
      deps,
      { practiceId: job.practiceId, alertId: job.payload.alertId },
      now,
    );
  },
};

/**
 * 'alert-escalation' (see escalate-alert.ts). Run early, because the practice
 * lengthened its interval after the alert was raised, it enqueues the check
 * again at the new time under a key of its own (this job's row is about to
 * be marked done).
 */
export const alertEscalationJob: JobHandler<AlertJobDeps, JobPayload<'alert-escalation'>> = {
  run: async (deps, { job, now, trx }) => {
    const alert = { practiceId: job.practiceId, alertId: job.payload.alertId };
    const outcome = await escalateAlert(trx, deps, alert, now);
    if (outcome.kind === 'not-yet') await enqueueEscalation(trx, alert, outcome.dueAt);
  },
};

/** The escalation check for an alert at `dueAt`; one per (alert, time). */
export function enqueueEscalation(
  trx: Parameters<typeof enqueueJob>[0],
  alert: { practiceId: string; alertId: string },
  dueAt: Date,
): Promise<boolean> {
  return enqueueJob(trx, {
    practiceId: alert.practiceId,
    kind: 'alert-escalation',
    dedupeKey: `${alert.alertId}@${dueAt.toISOString()}`,
    runAt: dueAt,
    payload: { alertId: alert.alertId },
  });
}
