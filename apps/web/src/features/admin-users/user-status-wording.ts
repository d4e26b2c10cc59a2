import type { UserStatusChange } from './admin-users-api.ts';

/** What an admin reads before and after deactivating or reactivating a staff member. */
export const userStatusWording = {
  deactivate: {
    title: (name: string) => `Deactivate ${name}?`,
    body: 'They cannot sign in until you reactivate them, and are signed out at once. Nothing is deleted.',
    confirm: 'Deactivate',
  },
  reactivate: {
    title: (name: string) => `Reactivate ${name}?`,
    body: 'They can sign in again with their password.',
    confirm: 'Reactivate',
  },
} as const satisfies Record<UserStatusChange, unknown>;

/**
 * The confirmation once done. `successor`: who took over a therapist's clients.
 *
 * @example userStatusDone('deactivate', 'Morgan', 'Parker') // 'Morgan is deactivated. Their clients now have Parker on their care team.'
 */
export function userStatusDone(change: UserStatusChange, name: string, successor?: string): string {
  if (change === 'reactivate') return `${name} is active again.`;
  const done = `${name} is deactivated.`;
  return successor === undefined
    ? done
    : `${done} Their clients now have ${successor} on their care team.`;
}
