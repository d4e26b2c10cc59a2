import { describe, expect, it } from 'vitest';
import type { User } from '../../shared/session/session-types.ts';
import { withEndedNotice } from './session-queries.ts';

const user: User = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana',
  role: 'client',
  practiceId: 'p1',
  practiceName: 'Practice',
  consentRequired: false,
  demo: false,
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
