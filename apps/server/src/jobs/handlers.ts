import { alertEscalationJob, alertNotifyJob } from '../modules/alerts/alert-jobs.ts';
import { measureOccasionCloseJob } from '../modules/measures/occasion-close-job.ts';
import { measureOccasionJob } from '../modules/measures/occasion-job.ts';
import { notOnTrackRefreshJob } from '../modules/measures/standings-refresh-job.ts';
import { alertDigestJob } from '../modules/notifications/digest-job.ts';
import { staffNoticeNotifyJob } from '../modules/notifications/notify-staff-notice.ts';
import { auditCheckpointJob } from './audit-checkpoints.ts';
import { housekeepingJob } from './housekeeping.ts';
import type { JobDeps } from './job-deps.ts';
import type { jobKinds } from './job-kinds.ts';
import type { JobHandlers } from './job-types.ts';
import { outboxSweepJob } from './outbox-sender.ts';

/**
 * Every job handler, by kind: the one list the runner reads (like the
 * commands in cli/commands/index.ts). A kind in job-kinds.ts without a
 * handler here does not compile. See README.md to add one.
 */
export const jobHandlers: JobHandlers<typeof jobKinds, JobDeps> = {
  'outbox-sweep': outboxSweepJob,
  housekeeping: housekeepingJob,
  'audit-checkpoint': auditCheckpointJob,
  'alert-notify': alertNotifyJob,
  'alert-escalation': alertEscalationJob,
  'alert-digest': alertDigestJob,
  'measure-occasion': measureOccasionJob,
  'measure-occasion-close': measureOccasionCloseJob,
  'not-on-track-refresh': notOnTrackRefreshJob,
  'staff-notice-notify': staffNoticeNotifyJob,
};
