/**
 * E-mail texts. They carry no clinical content and no client names: an e-mail
 * can be read on a lock screen or by whoever shares the mailbox. Links carry
 * their token in the URL fragment, which browsers never send to a server.
 */
export function invitationMail(input: {
  practiceName: string;
  link: string;
  role: string;
  /** The address already has a Tandem password: the person confirms it rather than choosing one. */
  existingAccount: boolean;
}) {
  const who = input.role === 'client' ? 'your therapist has invited you' : 'you have been invited';
  const how = input.existingAccount
    ? 'To join with the password you already use on Tandem, open this link (it works once and expires in 7 days):'
    : 'To set your password and begin, open this link (it works once and expires in 7 days):';
  return {
    subject: 'Your invitation to Tandem',
    body: [
      'Hello,',
      '',
      `${capitalise(who)} to join ${input.practiceName} on Tandem.`,
      how,
      '',
      input.link,
      '',
      'If you did not expect this message, you can ignore it.',
    ].join('\n'),
  };
}

export function passwordResetMail(input: { link: string }) {
  return {
    subject: 'Reset your Tandem password',
    body: [
      'Hello,',
      '',
      'Someone asked to reset the password of the Tandem account for this address.',
      'To choose a new password, open this link (it works once and expires in 1 hour):',
      '',
      input.link,
      '',
      'If you did not ask for this, you can ignore this message; your password stays the same.',
    ].join('\n'),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What replaces a one-time link once the link is no longer the admin's to hand on. */
export const LINK_WITHHELD = '(one-time link sent by e-mail; not shown here)';

/**
 * The body without its one-time links. With SMTP the admin has no need to see
 * them (an admin who could read a colleague's reset link could take over that
 * account), and a sent message keeps none in the database.
 */
export function withoutOneTimeLinks(body: string): string {
  return body.replace(/\S*#token=[\w-]+/g, LINK_WITHHELD);
}
