import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { User } from '../../shared/session/session-types.ts';
import { sessionQueryKey, startLocalSession, withEndedNotice } from './session-queries.ts';

const user: User = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana',
  role: 'client',
  practiceId: 'p1',
  practiceName: 'Practice',
  consentRequired: false,
  demo: false,
  practices: [{ id: 'p1', name: 'Practice', role: 'client' }],
};

describe('withEndedNotice', () => {
  it('notes that the session ended when a signed-in tab learns nobody is signed in', () => {
    expect(withEndedNotice({ user, csrfToken: 'a' }, { user: null, csrfToken: 'b' })).toEqual({
      user: null,
      csrfToken: 'b',
      endedBecause: 'session-ended',
    });
  });

  it('adds nothing on a first visit, while signed in, or after signing in again', () => {
    expect(withEndedNotice(undefined, { user: null, csrfToken: 'b' })).toEqual({
      user: null,
      csrfToken: 'b',
    });
    expect(withEndedNotice({ user, csrfToken: 'a' }, { user, csrfToken: 'a' })).toEqual({
      user,
      csrfToken: 'a',
    });
    expect(
      withEndedNotice(
        { user: null, csrfToken: 'a', endedBecause: 'signed-out' },
        { user, csrfToken: 'b' },
      ),
    ).toEqual({ user, csrfToken: 'b' });
  });
});

describe('startLocalSession', () => {
  it('keeps nothing from before, stores the new session and reads it again for the rest', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['clients', 'active'], { clients: ['from the practice left'] });
    queryClient.setQueryData(sessionQueryKey, { user, csrfToken: 'a', mailDelivery: 'email' });
    const switched = { ...user, id: 'u2', practiceId: 'p2' };

    startLocalSession(queryClient, { user: switched, csrfToken: 'b' });

    expect(queryClient.getQueryData(['clients', 'active'])).toBeUndefined();
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual({ user: switched, csrfToken: 'b' });
    // Sign-in and switch answers carry no mailDelivery: the session is marked to be read again.
    expect(queryClient.getQueryState(sessionQueryKey)?.isInvalidated).toBe(true);
  });
});
