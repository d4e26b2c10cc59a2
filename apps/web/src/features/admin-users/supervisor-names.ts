import type { StaffUser } from './admin-users-api.ts';

/**
 * The names of a therapist's supervisors, for a table cell.
 *
 * @example supervisorNames({ supervisorIds: ['s1'] }, [{ id: 's1', displayName: 'Sam' }]) // 'Sam'
 */
export function supervisorNames(
  therapist: Pick<StaffUser, 'supervisorIds'>,
  staff: ReadonlyArray<Pick<StaffUser, 'id' | 'displayName'>>,
): string {
  const names = (therapist.supervisorIds ?? [])
    .map((id) => staff.find((person) => person.id === id)?.displayName)
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => a.localeCompare(b));
  return names.length === 0 ? 'None' : names.join(', ');
}
