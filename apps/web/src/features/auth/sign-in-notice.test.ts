import { describe, expect, it } from 'vitest';
import { readSignInNotice, signInNoticeText, signInState } from './sign-in-notice.ts';

describe('sign-in notices', () => {
  it('reads back the notice put into router state', () => {
    expect(readSignInNotice(signInState('session-expired'))).toBe('session-expired');
    expect(signInNoticeText('session-expired')).toMatch(/period of inactivity/);
  });

  it('ignores state that is missing, foreign or forged', () => {
    expect(readSignInNotice(null)).toBeNull();
    expect(readSignInNotice(undefined)).toBeNull();
    expect(readSignInNotice({ from: '/therapist' })).toBeNull();
    expect(readSignInNotice({ notice: 'toString' })).toBeNull();
    expect(readSignInNotice({ notice: 42 })).toBeNull();
  });
});
