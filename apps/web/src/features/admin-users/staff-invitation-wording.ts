import type { MailDelivery } from '../../shared/session/session-types.ts';

/*
 * What an admin reads about a new staff member's invitation. Without a mail
 * server the link waits in the Outbox, and the admin passes it on; the
 * confirmation then links there. `null` (not known yet) claims no email.
 */

export interface StaffAddedNotice {
  text: string;
  /** Whether the confirmation ends with a link to the Outbox page. */
  linkToOutbox: boolean;
}

export function staffAddedNotice(
  user: { displayName: string; email: string },
  delivery: MailDelivery | null,
): StaffAddedNotice {
  const added = `${user.displayName} is added.`;
  if (delivery === 'email')
    return { text: `${added} Invitation sent to ${user.email}.`, linkToOutbox: false };
  if (delivery === 'outbox')
    return {
      text: `${added} This Tandem server does not send email, so the invitation link for ${user.email} is in the Outbox. Pass it on to them.`,
      linkToOutbox: true,
    };
  return {
    text: `${added} If no email reaches ${user.email}, their invitation link is in the Outbox.`,
    linkToOutbox: true,
  };
}

/** The hint under the Email field of "Add a staff member". */
export function staffEmailHint(delivery: MailDelivery | null): string {
  if (delivery === 'email') return 'We email a one-time link to this address so they can join.';
  if (delivery === 'outbox')
    return 'This server does not send email: the one-time link to join waits in the Outbox for you to pass on.';
  return 'They get a one-time link to join.';
}
