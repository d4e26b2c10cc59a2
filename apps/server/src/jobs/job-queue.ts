import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { jobKinds } from './job-kinds.ts';
import type { JobCatalogue } from './job-types.ts';
import { deleteUnfinishedJob, insertJob, upsertUnfinishedJob } from './jobs.repo.ts';

export interface JobSpec<C extends JobCatalogue, K extends keyof C & string> {
  practiceId: string;
  kind: K;
  /** Unique per (practice, kind): the same work enqueued twice is one job (e.g. the occasion's id). */
  dedupeKey: string;
  /** In the past (or now) runs at once. */
  runAt: Date;
  payload: z.input<C[K]['payload']>;
  /** Defaults to the kind's. */
  maxAttempts?: number;
}

/**
 * Enqueue, replace and cancel for a catalogue of kinds. Each takes the
 * caller's transaction (the type insists): the job exists if and only if the
 * caller's write committed. Payloads are checked against the kind's schema
 * here, so a field that does not belong (a name, a note) fails the caller's
 * transaction instead of being stored.
 */
export function jobQueue<C extends JobCatalogue>(kinds: C) {
  const newJob = <K extends keyof C & string>(spec: JobSpec<C, K>) => {
    const definition = kinds[spec.kind];
    if (!definition) throw new Error(`No job kind "${spec.kind}" in the catalogue`);
    if (Number.isNaN(spec.runAt.getTime())) throw new Error('A job needs a valid runAt');
    return {
      practiceId: spec.practiceId,
      kind: spec.kind,
      dedupeKey: spec.dedupeKey,
      runAt: spec.runAt,
      payload: definition.payload.parse(spec.payload),
      maxAttempts: spec.maxAttempts ?? definition.maxAttempts,
    };
  };
  return {
    /** Adds the job unless one with its key exists (pending, done or failed); answers whether it did. */
    enqueueJob: <K extends keyof C & string>(
      trx: Transaction<DB>,
      spec: JobSpec<C, K>,
    ): Promise<boolean> => insertJob(trx, newJob(spec)),
    /**
     * Adds the job, or moves a job with its key that has not succeeded to the
     * new time and payload with its tries reset (a reminder when its
     * assignment changed). A done job stays done: `'already-done'`.
     */
    replaceJob: <K extends keyof C & string>(
      trx: Transaction<DB>,
      spec: JobSpec<C, K>,
    ): Promise<'enqueued' | 'replaced' | 'already-done'> => upsertUnfinishedJob(trx, newJob(spec)),
    /** Removes a job with this key that has not succeeded; answers whether there was one. */
    cancelJob: (
      trx: Transaction<DB>,
      key: { practiceId: string; kind: keyof C & string; dedupeKey: string },
    ): Promise<boolean> => deleteUnfinishedJob(trx, key),
  };
}

/** Tandem's queue, typed by `job-kinds.ts`. */
export const { enqueueJob, replaceJob, cancelJob } = jobQueue(jobKinds);
