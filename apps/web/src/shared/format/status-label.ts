import type { ClientStatus, Role, UserStatus } from '@tandem/core';

const statusLabels = {
  invited: 'Invited',
  active: 'Active',
  archived: 'Archived',
  deactivated: 'Deactivated',
} as const satisfies Record<ClientStatus | UserStatus, string>;

const roleLabels = {
  admin: 'Admin',
  therapist: 'Therapist',
  supervisor: 'Supervisor',
  client: 'Client',
} as const satisfies Record<Role, string>;

export function statusLabel(status: ClientStatus | UserStatus): string {
  return statusLabels[status];
}

export function roleLabel(role: Role): string {
  return roleLabels[role];
}
