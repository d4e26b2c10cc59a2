import type { Deps } from '../../deps.ts';
import { jobKinds } from '../../jobs/job-kinds.ts';
import { createJobRunner, type JobRunner } from '../../jobs/job-runner.ts';
import { measureOccasionCloseJob } from '../measures/occasion-close-job.ts';
import { measureOccasionJob } from '../measures/occasion-job.ts';
import { notOnTrackRefreshJob } from '../measures/standings-refresh-job.ts';
import { alertDigestJob } from './digest-job.ts';
import { staffNoticeNotifyJob } from './notify-staff-notice.ts';

/**
 * Tests only: the real job runner with the kinds that make and deliver
 * caseload notices, on the app's own deps (so it reads the test's clock).
 */
export function noticeJobRunner(deps: Deps): JobRunner {
  return createJobRunner(
    deps,
    {
      kinds: {
        'measure-occasion': jobKinds['measure-occasion'],
        'measure-occasion-close': jobKinds['measure-occasion-close'],
        'not-on-track-refresh': jobKinds['not-on-track-refresh'],
        'staff-notice-notify': jobKinds['staff-notice-notify'],
        'alert-digest': jobKinds['alert-digest'],
      },
      handlers: {
        'measure-occasion': measureOccasionJob,
        'measure-occasion-close': measureOccasionCloseJob,
        'not-on-track-refresh': notOnTrackRefreshJob,
        'staff-notice-notify': staffNoticeNotifyJob,
        'alert-digest': alertDigestJob,
      },
    },
    { pollIntervalMs: 60_000, runnerId: 'notice-tests' },
  );
}
