/** Why the sign-in page is shown, carried in router state (never in the URL). */
export type SignInNotice =
  | 'session-expired'
  | 'session-ended'
  | 'signed-out'
  | 'signed-out-everywhere'
  | 'password-reset'
  | 'password-changed';

const noticeTexts = {
  'session-expired': 'You were signed out after a period of inactivity. Please sign in again.',
  'session-ended': 'Your session has ended. Please sign in again.',
  'signed-out': 'You have signed out.',
  'signed-out-everywhere': 'You have signed out on all your devices.',
  'password-reset': 'Your new password is saved. Sign in with it now.',
  'password-changed': 'Your password was changed. Please sign in again.',
} as const satisfies Record<SignInNotice, string>;

export function signInState(notice: SignInNotice): { notice: SignInNotice } {
  return { notice };
}

/** Reads the notice from `location.state`, which may hold anything (or nothing). */
export function readSignInNotice(state: unknown): SignInNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return typeof notice === 'string' && Object.hasOwn(noticeTexts, notice)
    ? (notice as SignInNotice)
    : null;
}

export function signInNoticeText(notice: SignInNotice): string {
  return noticeTexts[notice];
}
