import type { Deps } from '../../deps.ts';
import { jobKinds } from '../../jobs/job-kinds.ts';
import { createJobRunner, type JobRunner } from '../../jobs/job-runner.ts';
import { alertDigestJob } from '../notifications/digest-job.ts';
import { alertEscalationJob, alertNotifyJob } from './alert-jobs.ts';

/**
 * Tests only: the real job runner with the alert kinds alone, on the app's
 * own deps (so it reads the test's clock). The installation's recurring jobs
 * (checkpoint files, the outbox sweep) stay out of these tests.
 */
export function alertJobRunner(deps: Deps): JobRunner {
  return createJobRunner(
    deps,
    {
      kinds: {
        'alert-notify': jobKinds['alert-notify'],
        'alert-escalation': jobKinds['alert-escalation'],
        'alert-digest': jobKinds['alert-digest'],
      },
      handlers: {
        'alert-notify': alertNotifyJob,
        'alert-escalation': alertEscalationJob,
        'alert-digest': alertDigestJob,
      },
    },
    { pollIntervalMs: 60_000, runnerId: 'alert-tests' },
  );
}
