import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobPayload } from '../../jobs/job-kinds.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import type { JobHandler } from '../../jobs/job-types.ts';
import { raiseStaffNotice } from '../notifications/raise-staff-notice.ts';
import { occasionAtClose, openOccasionsOfAssignment } from './occasion-close.repo.ts';

/**
 * Schedules the close check of each of the assignment's occasions open now
 * (called by the measure-occasion job when an occasion opens). One job per
 * occasion, keyed by its id, so enqueueing again is harmless. An occasion
 * whose whole window passed while Tandem was down gets no check: the
 * caseload's "overdue" shows it, and a notice days late helps nobody.
 */
export async function scheduleOccasionCloseChecks(
  trx: Transaction<DB>,
  practiceId: string,
  assignmentId: string,
  now: Date,
): Promise<void> {
  for (const occasion of await openOccasionsOfAssignment(trx, practiceId, assignmentId, now)) {
    await enqueueJob(trx, {
      practiceId,
      kind: 'measure-occasion-close',
      dedupeKey: occasion.id,
      runAt: occasion.closesAt,
      payload: { occasionId: occasion.id },
    });
  }
}

/**
 * 'measure-occasion-close': the occasion's window closed. Still unanswered
 * (missed, or left half done), its assignment still active and its client
 * still active: the care team gets an "overdue" notice, once per occasion
 * (the notice's key is the occasion).
 */
export const measureOccasionCloseJob: JobHandler<unknown, JobPayload<'measure-occasion-close'>> = {
  run: async (_deps, { job, now, trx }) => {
    const occasion = await occasionAtClose(trx, job.practiceId, job.payload.occasionId);
    if (!occasion || occasion.response_id !== null || occasion.closes_at > now) return;
    if (occasion.assignment_status !== 'active') return;
    if (occasion.archived_at !== null || occasion.client_status !== 'active') return;
    await raiseStaffNotice(
      trx,
      {
        practiceId: job.practiceId,
        kind: 'overdue',
        clientId: occasion.client_id,
        instrumentId: occasion.instrument_id,
        dedupeKey: job.payload.occasionId,
      },
      now,
    );
  },
};
