import type { Transaction } from 'kysely';
import { localDate, nextOccasionAfter } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { JobPayload } from '../../jobs/job-kinds.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import type { JobHandler } from '../../jobs/job-types.ts';
import { auditedBySystem } from '../alerts/audited-by-system.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { measureReminderMail } from '../outbox/mail-templates.ts';
import { enqueueMail } from '../outbox/outbox.repo.ts';
import type { AssignmentRow } from './assignments.repo.ts';
import { assignmentForJob, clientContactForJob, occasionsToRemind } from './occasion-job.repo.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import { scheduleOccasionCloseChecks } from './occasion-close-job.ts';
import { materializeOccasions, ruleOf } from './occasions.repo.ts';

type OccasionJobDeps = Pick<Deps, 'config'>;

/**
 * Schedules the job for an assignment's next occasion after `afterDate`
 * (exclusive; null = from its start). One job per (assignment, due date), so
 * every instance may schedule it and it still runs once.
 */
export async function scheduleNextOccasion(
  trx: Transaction<DB>,
  practiceId: string,
  assignment: AssignmentRow,
  timeZone: string,
  afterDate: string | null,
): Promise<void> {
  if (assignment.status !== 'active') return;
  const rule = ruleOf(assignment, timeZone);
  const before = afterDate ?? dayBefore(assignment.startsOn);
  const next = nextOccasionAfter(rule, before);
  if (!next) return;
  await enqueueJob(trx, {
    practiceId,
    kind: 'measure-occasion',
    dedupeKey: `${assignment.id}@${next.dueOn}`,
    runAt: next.opensAt,
    payload: { assignmentId: assignment.id, dueOn: next.dueOn },
  });
}

export function dayBefore(date: string): string {
  const previous = new Date(`${date}T00:00:00Z`);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return previous.toISOString().slice(0, 10);
}

/**
 * 'measure-occasion': an occasion falls due. Makes the occasions due so far
 * (so the to-do list and the caseload's "overdue" are right even if nobody
 * opens the app), sends the client a reminder without clinical content when
 * the assignment asks for one and SMTP is set up (the in-app reminder is the
 * to-do list itself), schedules the check at each open occasion's close (an
 * "overdue" notice to the care team if unanswered) and the next occasion. Missed runs catch up:
 * a job whose time passed while Tandem was down runs at start.
 */
export const measureOccasionJob: JobHandler<OccasionJobDeps, JobPayload<'measure-occasion'>> = {
  run: async (deps, { job, now, trx }) => {
    const assignment = await assignmentForJob(trx, job.practiceId, job.payload.assignmentId);
    if (!assignment || assignment.status !== 'active') return;
    const timeZone = await clientTimeZone(trx, job.practiceId, assignment.clientId);
    const today = localDate(now, timeZone);
    await materializeOccasions(trx, job.practiceId, assignment, timeZone, today);
    if (assignment.reminders) await remind(trx, deps, job.practiceId, assignment, now);
    await scheduleOccasionCloseChecks(trx, job.practiceId, assignment.id, now);
    const latest = job.payload.dueOn > today ? job.payload.dueOn : today;
    await scheduleNextOccasion(trx, job.practiceId, assignment, timeZone, latest);
  },
};

async function remind(
  trx: Transaction<DB>,
  deps: OccasionJobDeps,
  practiceId: string,
  assignment: AssignmentRow,
  now: Date,
): Promise<void> {
  for (const occasion of await occasionsToRemind(trx, practiceId, assignment.id, now)) {
    await remindOf(trx, deps, practiceId, assignment, occasion.id, now);
  }
}

async function remindOf(
  trx: Transaction<DB>,
  deps: OccasionJobDeps,
  practiceId: string,
  assignment: AssignmentRow,
  occasionId: string,
  now: Date,
): Promise<void> {
  const contact = await clientContactForJob(trx, practiceId, assignment.clientId);
  if (!contact || contact.status !== 'active') return;
  let outboxId: string | null = null;
  if (deps.config.smtpUrl !== null) {
    outboxId = await enqueueMail(
      trx,
      {
        practiceId,
        kind: 'other',
        tokenId: null,
        to: contact.email,
        ...measureReminderMail({ link: `${deps.config.publicUrl}/client` }),
      },
      { smtpConfigured: true, now },
    );
  }
  await trx
    .updateTable('measure_occasions')
    .set({ reminded_at: now, reminder_outbox_id: outboxId })
    .where('practice_id', '=', practiceId)
    .where('id', '=', occasionId)
    .execute();
  await appendAuditEvent(
    trx,
    {
      ...auditedBySystem(practiceId),
      action: 'measure.remind',
      resourceType: 'measure-occasion',
      resourceId: occasionId,
      clientId: assignment.clientId,
      outcome: 'allowed',
      detail: { email: outboxId !== null },
    },
    now,
  );
}
