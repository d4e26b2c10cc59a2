import type { MailDelivery } from '../../shared/session/session-types.ts';

/*
 * What a therapist reads about an invitation. A confirmation never says an
 * email was sent unless this server sends email; `null` (not known yet) says
 * only what is certain: the invitation is saved.
 */

interface InvitedClient {
  displayName: string;
  email: string;
}

const noEmailHere =
  'This Tandem server does not send email, so your practice admin will pass the link on.';

export function invitedNotice(client: InvitedClient, delivery: MailDelivery | null): string {
  const listed = `${client.displayName} is in your Active list as Invited until they join.`;
  if (delivery === 'email') return `Invitation sent to ${client.email}. ${listed}`;
  if (delivery === 'outbox') return `Invitation saved. ${noEmailHere} ${listed}`;
  return `Invitation saved for ${client.email}. ${listed}`;
}

export function resentNotice(client: InvitedClient, delivery: MailDelivery | null): string {
  if (delivery === 'email') return `The invitation was sent again to ${client.email}.`;
  if (delivery === 'outbox') return `A new invitation link is saved. ${noEmailHere}`;
  return `A new invitation link is saved for ${client.email}.`;
}

/** The first lines of the "Invite a client" dialog. */
export function inviteIntro(delivery: MailDelivery | null): string {
  const how =
    delivery === 'email'
      ? 'We email them a one-time link to join.'
      : delivery === 'outbox'
        ? `Tandem makes a one-time link for them to join. ${noEmailHere}`
        : 'Tandem makes a one-time link for them to join.';
  return `${how} The invitation names only your practice and Tandem, nothing about their care.`;
}
