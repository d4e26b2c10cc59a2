import type { AlertDelivery } from '../../db/schema.ts';

/**
 * The kinds of notice a staff member can choose a delivery for. Only
 * critical-item alerts exist as alerts today; the other two are the caseload's
 * flags (not on track, overdue), chosen now so a later notice honours the choice.
 */
export const notificationKinds = ['critical-item', 'not-on-track', 'overdue'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Nobody has chosen yet: a notice goes at once, since an unread digest is the riskier default. */
export const DEFAULT_DELIVERY: AlertDelivery = 'immediate';
