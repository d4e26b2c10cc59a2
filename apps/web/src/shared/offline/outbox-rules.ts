import { isApiError } from '../api/api-error.ts';

/**
 * What to do with an entry after trying to send it:
 * - `sent`: the server stored it (or had it already: a replay answers 200); forget it here;
 * - `retry-later`: no answer, the server is down, or nobody is signed in; keep it and try again;
 * - `rejected`: the server will never take it as it is (a validation error); keep it and
 *   show the server's message, so the client can copy what they wrote.
 */
export type SendOutcome = 'sent' | 'retry-later' | 'rejected';

/**
 * Statuses that may pass later without any change to the entry: signed out (401),
 * consent or access pending (403), a timeout (408), rate limited (429).
 */
const laterStatuses = new Set([401, 403, 408, 429]);

/**
 * Decides from a failed send. Anything that is not a 4xx from Tandem (no
 * answer at all, a 5xx while the server restarts, an error thrown by the page
 * itself) keeps the entry: nothing typed is lost on a guess.
 *
 * @example outcomeOfError(new ApiError('NETWORK_ERROR', '…', 0)) // 'retry-later'
 * @example outcomeOfError(new ApiError('VALIDATION_FAILED', '…', 400)) // 'rejected'
 */
export function outcomeOfError(error: unknown): Exclude<SendOutcome, 'sent'> {
  if (!isApiError(error)) return 'retry-later';
  if (error.status >= 400 && error.status < 500 && !laterStatuses.has(error.status)) {
    return 'rejected';
  }
  return 'retry-later';
}

/**
 * A send counts as done only when the server answered with the stored entry
 * (a JSON object). A captive portal's login page answers 200 with HTML, which
 * reads as no body: the entry stays queued instead of vanishing.
 */
export function outcomeOfAnswer(answer: unknown): SendOutcome {
  return typeof answer === 'object' && answer !== null ? 'sent' : 'retry-later';
}

/** Whose entries these are: a person in one practice (entries go to /api/me/…). */
export function outboxOwner(user: { id: string; practiceId: string }): string {
  return `${user.id}@${user.practiceId}`;
}

interface Queued {
  owner: string;
  createdAt: string;
  failure?: unknown;
}

/**
 * The entries a flush sends, oldest first: this person's, not already
 * rejected by the server, not being sent right now by the page that made them.
 */
export function itemsToFlush<T extends Queued & { id: string }>(
  items: readonly T[],
  owner: string,
  inFlight: ReadonlySet<string>,
): T[] {
  return items
    .filter((item) => item.owner === owner && item.failure === undefined && !inFlight.has(item.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
