import type { AlertDelivery } from '../../db/schema.ts';

/**
 * The kinds of notice a staff member can choose a delivery for: critical-item
 * alerts (modules/alerts), and the caseload notices of a client newly not on
 * track or a measure left unanswered (raise-staff-notice.ts).
 */
export const notificationKinds = ['critical-item', 'not-on-track', 'overdue'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Nobody has chosen yet: a notice goes at once, since an unread digest is the riskier default. */
export const DEFAULT_DELIVERY: AlertDelivery = 'immediate';
