import type { StaffUser } from './admin-users-api.ts';

/**
 * The therapists who can take clients: active ones (not still invited, not
 * deactivated), sorted by name, leaving out `except` (the one who leaves).
 *
 * @example activeTherapists(staff, 'leaving-id').map((t) => t.displayName)
 */
export function activeTherapists<
  T extends Pick<StaffUser, 'id' | 'role' | 'status' | 'displayName'>,
>(staff: readonly T[], except?: string): T[] {
  return staff
    .filter((person) => person.role === 'therapist' && person.status === 'active')
    .filter((person) => person.id !== except)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
