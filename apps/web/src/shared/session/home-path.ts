import type { Role } from '@tandem/core';
import type { User } from './session-types.ts';

const homeByRole = {
  client: '/client',
  therapist: '/therapist',
  supervisor: '/supervisor',
  admin: '/admin',
} as const satisfies Record<Role, string>;

/**
 * Where a person lands after signing in: their area, or the consent page first
 * when they still have to accept the current consent text.
 *
 * @example homePathFor({ role: 'therapist', consentRequired: false }) // '/therapist'
 */
export function homePathFor(user: Pick<User, 'role' | 'consentRequired'>): string {
  if (user.role === 'client' && user.consentRequired) return '/consent';
  return homeByRole[user.role];
}
