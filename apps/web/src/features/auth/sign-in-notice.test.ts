import { describe, expect, it } from 'vitest';
import {
  readReturnPath,
  readSignInNotice,
  signInNoticeText,
  signInState,
} from './sign-in-notice.ts';

describe('sign-in notices', () => {
  it('reads back the notice put into router state', () => {
    expect(readSignInNotice(signInState('session-expired'))).toBe('session-expired');
    expect(signInNoticeText('session-expired')).toMatch(/signed you out/);
  });

  it('ignores state that is missing, foreign or forged', () => {
    expect(readSignInNotice(null)).toBeNull();
    expect(readSignInNotice(undefined)).toBeNull();
    expect(readSignInNotice({ from: '/therapist' })).toBeNull();
    expect(readSignInNotice({ notice: 'toString' })).toBeNull();
    expect(readSignInNotice({ notice: 42 })).toBeNull();
  });
});

describe('readReturnPath', () => {
  it('returns the in-app path the session ended on', () => {
    expect(readReturnPath(signInState('session-expired', '/admin/consent'))).toBe('/admin/consent');
  });

  it('accepts only a path of this app', () => {
    expect(readReturnPath(signInState('session-expired'))).toBeNull();
    expect(readReturnPath({ returnTo: '//evil.example/x' })).toBeNull();
    expect(readReturnPath({ returnTo: '/\\evil.example' })).toBeNull();
    expect(readReturnPath({ returnTo: 'https://evil.example' })).toBeNull();
    expect(readReturnPath({ returnTo: '/sign-in' })).toBeNull();
    expect(readReturnPath({ returnTo: 7 })).toBeNull();
    expect(readReturnPath(null)).toBeNull();
  });
});
