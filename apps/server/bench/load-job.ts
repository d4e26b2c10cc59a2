/** What the parent asks the load client (load-client.ts) to do, and what it answers. */
import type { LockWaits } from './lock-sampler.ts';

/** In a request's body, replaced by a new random UUID for every request sent (a fresh submission id). */
export const FRESH_ID = '00000000-0000-4000-8000-00000000f7e5';

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** Sent as is, except that every FRESH_ID in it becomes a new UUID. */
  body?: string;
  /** For a submission: whether the answer must carry the crisis screen (a positive critical item). */
  expectCrisis?: boolean;
}

/** What every answer must be; one that is not counts as a failure, and any failure fails the run. */
export interface Expectation {
  status: number;
  /** The answer's `clients` array has exactly this many entries. */
  clients?: number;
  /** The answer sets this cookie. */
  setsCookie?: string;
}

export interface LoadJob {
  host: string;
  port: number;
  /** Each request is one of these, picked uniformly at random. */
  requests: RequestSpec[];
  warmup: number;
  count: number;
  concurrency: number;
  /**
   * null: keep-alive connections (a browser tab). Else each request opens a
   * new connection from the next of these loopback addresses (many people
   * signing in from their own machines; the per-address sign-in limit then
   * counts each one apart, as it would in real use).
   */
  sourceAddresses: string[] | null;
  expect: Expectation;
  /**
   * A database URL to sample lock waits on during the timed requests (from
   * the load client's process, so the sampling costs the app nothing), or null.
   */
  sampleLocksUrl: string | null;
}

export interface LoadResult {
  /** One per timed request, in the order they finished. */
  latenciesMs: number[];
  /** From the first timed request's start to the last one's end. */
  elapsedMs: number;
  failures: number;
  /** Status and the start of the body of the first failure, to say what went wrong. */
  firstFailure: string | null;
  lockWaits: LockWaits | null;
}
