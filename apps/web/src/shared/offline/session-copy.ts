import type { SessionState } from '../session/session-types.ts';
import { readCopy, saveCopy } from './saved-copies.ts';

const key = 'session';

/**
 * The signed-in client as the server last described them, kept so the app
 * opens offline (the safety plan above all). Only clients: staff screens are
 * not for offline use. It stays when a session ends by itself, and goes at
 * sign-out with everything else (clear-device.ts). No CSRF token is kept.
 */
export async function keepSessionCopy(session: SessionState): Promise<void> {
  if (session.user?.role !== 'client' || session.user.consentRequired) return;
  await saveCopy<SessionState>(key, { user: session.user, csrfToken: '' }).catch(() => undefined);
}

/** The kept session, for a start without network; null when there is none. */
export async function sessionCopy(): Promise<SessionState | null> {
  return (await readCopy<SessionState>(key))?.value ?? null;
}
