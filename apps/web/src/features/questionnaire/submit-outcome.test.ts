import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from '../../shared/api/api-error.ts';
import { attemptAfterFailure, attemptForSubmit, phaseAfterFailure } from './submit-outcome.ts';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('the submission id', () => {
  it('is made when Submit is pressed and reused when the same answers are retried', () => {
    const makeId = ids();
    const first = attemptForSubmit(null, { answers: { a: 1 } }, makeId);
    expect(first.id).toBe('id-1');
    const kept = attemptAfterFailure(first, phaseAfterFailure(networkError()));
    expect(attemptForSubmit(kept, { answers: { a: 1 } }, makeId).id).toBe('id-1');
  });

  it('is new when the answers changed after a failed try', () => {
    const makeId = ids();
    const first = attemptForSubmit(null, { answers: { a: 1 } }, makeId);
    expect(attemptForSubmit(first, { answers: { a: 2 } }, makeId).id).toBe('id-2');
  });

  it('is dropped after a refusal, so the next try is a new submission', () => {
    const makeId = ids();
    const first = attemptForSubmit(null, { answers: { a: 1 } }, makeId);
    const refused = new ApiError('SUBMISSION_ID_REUSED', 'Already used.', 409);
    expect(attemptAfterFailure(first, phaseAfterFailure(refused))).toBeNull();
    expect(attemptForSubmit(null, { answers: { a: 1 } }, makeId).id).toBe('id-2');
  });
});

describe('phaseAfterFailure', () => {
  it('says "not sent" when no answer came back or the server had trouble', () => {
    expect(phaseAfterFailure(networkError())).toEqual({ kind: 'not-sent' });
    expect(phaseAfterFailure(new ApiError('SERVICE_UNAVAILABLE', 'x', 503))).toEqual({
      kind: 'not-sent',
    });
    expect(phaseAfterFailure(new TypeError('boom'))).toEqual({ kind: 'not-sent' });
  });

  it('passes on the server’s words when it refused the answers', () => {
    expect(
      phaseAfterFailure(new ApiError('VALIDATION_FAILED', 'Answer question 2.', 400, 'answers.2')),
    ).toEqual({ kind: 'refused', message: 'Answer question 2.' });
  });
});
