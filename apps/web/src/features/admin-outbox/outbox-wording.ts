import type { OutboxKind, OutboxLinkState, OutboxMessage, OutboxStatus } from './outbox-api.ts';

/*
 * What the admin reads about each kept e-mail. A link is offered for copying
 * only while it is waiting to be passed on; once used, replaced by a newer
 * one or expired, the server leaves it out of the text and the page says why.
 */

const statusTexts = {
  pending: 'Waiting to be sent',
  sent: 'Sent',
  kept: 'Kept here: no mail server is set up',
  failed: 'Could not be sent',
} as const satisfies Record<OutboxStatus, string>;

export function outboxStatusText(status: OutboxStatus): string {
  return statusTexts[status];
}

const kindTexts = {
  invitation: 'Invitation',
  password_reset: 'Password reset',
  other: 'Message',
} as const satisfies Record<OutboxKind, string>;

export function outboxKindText(kind: OutboxKind): string {
  return kindTexts[kind];
}

const spentLinkTexts = {
  used: 'Link used',
  replaced: 'Replaced by a newer link',
  expired: 'Expired',
} as const satisfies Partial<Record<OutboxLinkState, string>>;

/** The state of the message's one-time link in plain words; null when it carries none. */
export function linkStateText(message: Pick<OutboxMessage, 'status' | 'link'>): string | null {
  if (message.link === 'none') return null;
  if (message.link === 'active')
    return message.status === 'kept' ? 'Waiting for you to pass on' : 'Not used yet';
  return spentLinkTexts[message.link];
}

/** Only a kept message's link that still works may be copied and passed on. */
export function canPassOnLink(message: Pick<OutboxMessage, 'status' | 'link'>): boolean {
  return message.status === 'kept' && message.link === 'active';
}

/** What the confirmation says before a message is dismissed. */
export function dismissExplanation(message: Pick<OutboxMessage, 'status' | 'link'>): string {
  const removed = 'It leaves this list for good. Nothing is sent.';
  return canPassOnLink(message)
    ? `${removed} The link in it still works until it expires, but you cannot copy it from here any more.`
    : removed;
}
