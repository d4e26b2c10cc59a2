/** Why the sign-in page is shown, carried in router state (never in the URL). */
export type SignInNotice =
  | 'session-expired'
  | 'session-ended'
  | 'signed-out'
  | 'signed-out-everywhere'
  | 'password-reset'
  | 'password-changed';

const noticeTexts = {
  // The server answers SESSION_EXPIRED both after the idle timeout and after "sign out
  // everywhere" on another device, so the wording fits both.
  'session-expired': 'For your privacy, Tandem signed you out. Please sign in again to continue.',
  'session-ended': 'Your session has ended, so Tandem signed you out. Please sign in again.',
  'signed-out': 'You have signed out.',
  'signed-out-everywhere': 'You have signed out on all your devices.',
  'password-reset': 'Your new password is saved. Sign in with it now.',
  'password-changed': 'Your password was changed. Please sign in again.',
} as const satisfies Record<SignInNotice, string>;

export interface SignInState {
  notice: SignInNotice;
  /** The page the person was on when the session ended; sign-in returns there. */
  returnTo?: string;
}

export function signInState(notice: SignInNotice, returnTo?: string): SignInState {
  return returnTo === undefined ? { notice } : { notice, returnTo };
}

/** Reads the notice from `location.state`, which may hold anything (or nothing). */
export function readSignInNotice(state: unknown): SignInNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return typeof notice === 'string' && Object.hasOwn(noticeTexts, notice)
    ? (notice as SignInNotice)
    : null;
}

/**
 * The in-app path to return to after signing in, or null. Only a plain path
 * of this app is accepted ("/admin/consent"), never another origin ("//x").
 */
export function readReturnPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('returnTo' in state)) return null;
  const { returnTo } = state;
  if (typeof returnTo !== 'string' || !/^\/(?![/\\])/.test(returnTo)) return null;
  return returnTo === '/sign-in' ? null : returnTo;
}

export function signInNoticeText(notice: SignInNotice): string {
  return noticeTexts[notice];
}
