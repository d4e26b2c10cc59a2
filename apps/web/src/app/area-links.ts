import type { Role } from '@tandem/core';

export interface AreaLink {
  to: string;
  label: string;
  /** Match the path exactly, so "Staff" (/admin) is not also current on /admin/outbox. */
  end?: boolean;
}

const accountLink: AreaLink = { to: '/account', label: 'Account' };

/** The navigation of each role's area. */
export const areaLinks = {
  client: [{ to: '/client', label: 'Home' }, accountLink],
  therapist: [{ to: '/therapist', label: 'Clients' }, accountLink],
  supervisor: [{ to: '/supervisor', label: 'Caseload' }, accountLink],
  admin: [
    { to: '/admin', label: 'Staff', end: true },
    { to: '/admin/clients', label: 'Clients' },
    { to: '/admin/outbox', label: 'Outbox' },
    { to: '/admin/consent', label: 'Consent text' },
    accountLink,
  ],
} as const satisfies Record<Role, readonly AreaLink[]>;
