import type { ClientStatusChange } from './caseload-api.ts';

/**
 * What a therapist reads before archiving or restoring a client. Archiving
 * is about access: the client cannot sign in to this practice any more and a
 * session they have open ends at once; their record stays.
 */
export const clientStatusWording = {
  archive: {
    title: (name: string) => `Archive ${name}?`,
    body: (name: string) => [
      `${name} can no longer sign in to this practice. If they are signed in now, they are signed out at once.`,
      'Their record is kept, and nothing is deleted. They move to your Archived list, and restoring them gives their access back.',
    ],
    confirm: 'Archive',
    done: (name: string) => `${name} is archived. You find them under “Archived”.`,
  },
  restore: {
    title: (name: string) => `Restore ${name}?`,
    body: () => ['They can sign in to this practice again, and move back to your Active list.'],
    confirm: 'Restore',
    done: (name: string) => `${name} is restored and back in your Active list.`,
  },
} as const satisfies Record<ClientStatusChange, unknown>;
