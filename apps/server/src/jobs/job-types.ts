import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';

/**
 * What a job of one kind carries and how often it may be tried. Listed in
 * `job-kinds.ts`, apart from the handlers, so that a service can enqueue a
 * kind without importing the code that runs it (which may import the service).
 */
export interface JobKindDefinition {
  /** Ids only, never PHI: payloads are stored in the clear and outlive the work. */
  payload: z.ZodType;
  /** Tries before the job is `failed` for good; a crash during a try counts as one. */
  maxAttempts: number;
}

export type JobCatalogue = Readonly<Record<string, JobKindDefinition>>;

export type PayloadOf<C extends JobCatalogue, K extends keyof C> = z.output<C[K]['payload']>;

/** A job as its handler sees it; `attempts` counts this try. */
export interface Job<P = unknown> {
  id: string;
  practiceId: string;
  kind: string;
  dedupeKey: string;
  payload: P;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
}

export interface JobContext<P> {
  job: Job<P>;
  /** The runner's clock when this try began (injected: tests move it). */
  now: Date;
  /**
   * The transaction that marks the job done. Database writes made here commit
   * with it or not at all, so a job's effect in the database happens once. It
   * holds the job's row lock: do not change this job's row from another connection.
   */
  trx: Transaction<DB>;
}

/** The code that runs jobs of one kind; `D` is only what it needs from the app. */
export interface JobHandler<D, P> {
  /** Throw to fail this try (a `JobFailure` names the error code; see job-failure.ts). */
  run: (deps: D, context: JobContext<P>) => Promise<void>;
  /**
   * Recurring, installation-wide work: one job per period of this many
   * milliseconds, enqueued by every runner and run by one (recurring-jobs.ts).
   */
  every?: (deps: D) => number;
  /** False: this instance does not take jobs of this kind (mail without SMTP); another may. */
  enabled?: (deps: D) => boolean;
}

/** One handler for every kind of the catalogue, typed by the kind's payload. */
export type JobHandlers<C extends JobCatalogue, D> = {
  readonly [K in keyof C]: JobHandler<D, PayloadOf<C, K>>;
};
