import { z } from 'zod';
import type { JobCatalogue, PayloadOf } from './job-types.ts';

/**
 * The practice id of installation-level jobs (housekeeping, the outbox sweep,
 * audit checkpoints): the nil UUID, as for the installation's audit chain. It
 * keeps one jobs table keyed by practice first (ADR 0010).
 */
export const INSTALLATION = '00000000-0000-0000-0000-000000000000';

const noPayload = z.strictObject({});

/**
 * Every kind of job and what it carries (ids only). Add a kind here (in
 * kebab-case: the table's CHECK refuses other names), then its handler in
 * `handlers.ts` (the compiler asks for it); see README.md.
 */
export const jobKinds = {
  // Recurring, installation-wide: one run per period; a failed period is not retried, the next one is.
  'outbox-sweep': { payload: noPayload, maxAttempts: 1 },
  housekeeping: { payload: noPayload, maxAttempts: 1 },
  'audit-checkpoint': { payload: noPayload, maxAttempts: 1 },
  // Critical-item alerts (modules/alerts, modules/notifications), enqueued when an alert is raised.
  /** E-mail those who chose "at once" about a new alert (the inbox shows it already). */
  'alert-notify': { payload: z.strictObject({ alertId: z.uuid() }), maxAttempts: 10 },
  /** Still unacknowledged at raised + the practice's interval: tell the fallback contact. */
  'alert-escalation': { payload: z.strictObject({ alertId: z.uuid() }), maxAttempts: 10 },
  /** One staff member's gathered notices, at the end of a digest window. */
  'alert-digest': { payload: z.strictObject({ staffId: z.uuid() }), maxAttempts: 10 },
  // Measures (modules/measures): an assignment's occasion falls due.
  /** Make the occasions due so far, remind the client, and schedule the next one. */
  'measure-occasion': {
    payload: z.strictObject({ assignmentId: z.uuid(), dueOn: z.iso.date() }),
    maxAttempts: 10,
  },
  /** An occasion's window closes: still unanswered, tell the care team it is overdue. */
  'measure-occasion-close': { payload: z.strictObject({ occasionId: z.uuid() }), maxAttempts: 10 },
  /**
   * The practice changed a measure's "not on track" rule: recompute the standings of its
   * clients on it, a batch of clients (after `afterClientId`) per job.
   */
  'not-on-track-refresh': {
    payload: z.strictObject({
      instrumentId: z.string().regex(/^[a-z0-9-]{1,64}$/),
      afterClientId: z.uuid().nullable(),
    }),
    maxAttempts: 10,
  },
  // Caseload notices (modules/notifications): not on track, overdue.
  /** E-mail those who chose "at once" about a new notice. */
  'staff-notice-notify': { payload: z.strictObject({ noticeId: z.uuid() }), maxAttempts: 10 },
} as const satisfies JobCatalogue;

export type JobKind = keyof typeof jobKinds;

export type JobPayload<K extends JobKind> = PayloadOf<typeof jobKinds, K>;
