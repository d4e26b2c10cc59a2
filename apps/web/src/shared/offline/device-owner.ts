/**
 * Whose data the device store is working with now: a person in one practice
 * (see outboxOwner), or null when nobody is signed in. Set in one place,
 * <OutboxSync> in app/RootLayout, from the session. Entries and offline
 * copies are keyed by it, so a second person signing in on the same phone
 * (after the first one's session ended without signing out) neither sees nor
 * sends the first one's.
 */
let owner: string | null = null;
const listeners = new Set<() => void>();

export function deviceOwner(): string | null {
  return owner;
}

export function setDeviceOwner(next: string | null): void {
  if (owner === next) return;
  owner = next;
  listeners.forEach((listener) => listener());
}

export function onDeviceOwnerChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
