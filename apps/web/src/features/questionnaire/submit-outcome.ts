import { isApiError } from '../../shared/api/api-error.ts';
import { nextSubmissionAttempt } from '../../shared/forms/submission-id.ts';
import type { SubmissionAttempt } from '../../shared/forms/submission-id.ts';

/** Where sending the answers stands. "Submitted" is only ever shown for `submitted`. */
export type SubmitPhase =
  | { kind: 'editing' }
  | { kind: 'sending' }
  /** No answer came back (offline, server busy): the same id goes with the next try. */
  | { kind: 'not-sent' }
  /** The server refused the answers as they are; the message says why. */
  | { kind: 'refused'; message: string };

export const notSentMessage = 'Not sent yet — try again. Your answers are still here.';

/**
 * What a failed submission means for the person. Without an answer from the
 * server (a dropped connection, a 5xx) the answers may or may not have
 * arrived, so the next try reuses the same id and the server replays what it
 * stored. A refusal (4xx) is final for these answers.
 */
export function phaseAfterFailure(error: unknown): SubmitPhase {
  if (!isApiError(error)) return { kind: 'not-sent' };
  if (error.code === 'NETWORK_ERROR' || error.status === 0 || error.status >= 500) {
    return { kind: 'not-sent' };
  }
  return { kind: 'refused', message: error.message };
}

/**
 * The attempt to keep after a failure: the same one for "not sent" (a retry of
 * the same answers reuses its id), none after a refusal, so the next press of
 * Submit makes a fresh id.
 */
export function attemptAfterFailure(
  attempt: SubmissionAttempt,
  phase: SubmitPhase,
): SubmissionAttempt | null {
  return phase.kind === 'not-sent' ? attempt : null;
}

/**
 * The id for pressing Submit: made the first time, reused while the answers
 * are the same as the attempt that got no answer.
 */
export function attemptForSubmit(
  previous: SubmissionAttempt | null,
  body: object,
  makeId?: () => string,
): SubmissionAttempt {
  return nextSubmissionAttempt(previous, body, makeId);
}
