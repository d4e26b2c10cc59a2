import { newSubmissionId } from './new-id.ts';

/** The id last sent for a form, and the body it was sent with. */
export interface SubmissionAttempt {
  id: string;
  body: string;
}

/**
 * Picks the id for a submission attempt: a retry of the same body reuses the
 * previous id (so the server can recognise the replay and never create twice);
 * a changed body gets a fresh id (reusing it would answer SUBMISSION_ID_REUSED).
 */
export function nextSubmissionAttempt(
  previous: SubmissionAttempt | null,
  body: object,
  makeId: () => string = newSubmissionId,
): SubmissionAttempt {
  const serialised = JSON.stringify(body);
  if (previous !== null && previous.body === serialised) return previous;
  return { id: makeId(), body: serialised };
}
