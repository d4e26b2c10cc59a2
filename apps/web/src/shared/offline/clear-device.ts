import { setDeviceOwner } from './device-owner.ts';
import { deleteAllDeviceData } from './device-store.ts';

/** The Cache Storage caches of the service worker (src/sw): the app's own files, nothing personal. */
export const appShellCachePrefix = 'tandem-app-';

/**
 * Removes everything personal this browser keeps for Tandem, at sign-out:
 * the device store (entries not sent, offline copies of the safety plan and
 * the session), every Cache Storage cache except the app's own files, and
 * local and session storage. The query cache is emptied by the caller
 * (endLocalSession), which also knows the new sign-in state.
 * Never rejects: each part is tried on its own.
 */
export async function clearPersonalDeviceData(): Promise<void> {
  setDeviceOwner(null);
  await Promise.all([
    deleteAllDeviceData().catch(() => undefined),
    clearCaches().catch(() => undefined),
  ]);
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      storage?.clear();
    } catch {
      // Storage switched off: there is nothing in it either.
    }
  }
}

async function clearCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => !name.startsWith(appShellCachePrefix))
      .map((name) => caches.delete(name)),
  );
}
