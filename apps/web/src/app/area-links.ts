import type { Role } from '@tandem/core';

export interface AreaLink {
  to: string;
  label: string;
  /** Match the path exactly, so "Staff" (/admin) is not also current on /admin/outbox. */
  end?: boolean;
  /** A live count shown beside the label (and read as part of the link). */
  count?: 'new-alerts';
}

const accountLink: AreaLink = { to: '/account', label: 'Account' };

/** The navigation of each role's area. */
export const areaLinks = {
  client: [
    { to: '/client', label: 'Home', end: true },
    { to: '/client/check-in', label: 'Check-in' },
    { to: '/client/journal', label: 'Journal' },
    { to: '/client/progress', label: 'My progress' },
    accountLink,
  ],
  therapist: [
    { to: '/therapist', label: 'Clients', end: true },
    { to: '/therapist/alerts', label: 'Alerts', count: 'new-alerts' },
    { to: '/therapist/groups', label: 'Couples & families' },
    accountLink,
  ],
  supervisor: [
    { to: '/supervisor', label: 'Caseload', end: true },
    { to: '/supervisor/alerts', label: 'Alerts', count: 'new-alerts' },
    { to: '/supervisor/groups', label: 'Couples & families' },
    accountLink,
  ],
  admin: [
    { to: '/admin', label: 'Staff', end: true },
    { to: '/admin/clients', label: 'Clients' },
    { to: '/admin/outbox', label: 'Outbox' },
    { to: '/admin/consent', label: 'Consent text' },
    { to: '/admin/practice', label: 'Practice settings' },
    { to: '/admin/instruments', label: 'Instruments' },
    accountLink,
  ],
} as const satisfies Record<Role, readonly AreaLink[]>;
