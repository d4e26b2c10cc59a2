import type { Alert, AlertRecipient, AlertState, NotificationPreference } from './alert-types.ts';

const stateLabels = {
  new: 'New',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
} as const satisfies Record<AlertState, string>;

export function alertStateLabel(state: AlertState): string {
  return stateLabels[state];
}

/** The answer that raised the alert: "More than half the days (2)", or the number alone. */
export function answerText(alert: Pick<Alert, 'answerLabel' | 'answerValue'>): string {
  return alert.answerLabel
    ? `${alert.answerLabel} (${alert.answerValue})`
    : String(alert.answerValue);
}

const reasons = {
  'care-team': 'care team',
  supervisor: 'supervisor',
  fallback: 'practice fallback contact',
} as const satisfies Record<AlertRecipient['reason'], string>;

/** "Sam Supervisor (supervisor, told at once)". */
export function recipientText(recipient: AlertRecipient, notified: string | null): string {
  const how =
    recipient.notifiedAt === null
      ? recipient.delivery === 'digest'
        ? 'in their next summary'
        : 'not told yet'
      : `told ${notified ?? ''}`.trim();
  return `${recipient.displayName} (${reasons[recipient.reason]}, ${how})`;
}

/** "1 new" for the navigation; nothing when there is nothing new. */
export function newAlertsBadge(count: number | null): string | null {
  if (count === null || count === 0) return null;
  return `${count} new`;
}

/** A median in hours, read easily: "3.5 hours", "1.9 days". */
export function durationText(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} minutes`;
  if (hours < 24) return `${Number(hours.toFixed(1))} hours`;
  return `${Number((hours / 24).toFixed(1))} days`;
}

/** The kinds of alert a staff member chooses a delivery for, in the order shown. */
export const alertKindLabels = {
  'critical-item': 'Risk answers (critical items)',
  'not-on-track': 'A client not on track',
  overdue: 'Overdue measures',
} as const satisfies Record<NotificationPreference['kind'], string>;

export const deliveryLabels = {
  immediate: 'At once',
  digest: 'Gathered in a summary every few hours',
} as const satisfies Record<NotificationPreference['delivery'], string>;
