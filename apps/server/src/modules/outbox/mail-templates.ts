/**
 * E-mail texts. They carry no clinical content and no client names: an e-mail
 * can be read on a lock screen or by whoever shares the mailbox. Links carry
 * their token in the URL fragment, which browsers never send to a server.
 */
/**
 * One text for every invitation: whether the address already has a Tandem
 * password (from another practice on this installation) must not show to the
 * practice that invites, which may read this text in its outbox. The page the
 * link opens asks the person which applies.
 */
export function invitationMail(input: { practiceName: string; link: string; role: string }) {
  const who = input.role === 'client' ? 'your therapist has invited you' : 'you have been invited';
  return {
    subject: 'Your invitation to Tandem',
    body: [
      'Hello,',
      '',
      `${capitalise(who)} to join ${input.practiceName} on Tandem.`,
      'To begin, open this link (it works once and expires in 7 days):',
      '',
      input.link,
      '',
      'If you already use Tandem with this address, you join with the password you have;',
      'if not, you choose one there.',
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
/** What replaces a link that was used, replaced by a newer one, or has expired. */
export const LINK_SPENT = '(one-time link no longer valid; not shown here)';
/** What replaces a password-reset link: it is never anyone's but its owner's to read. */
export const RESET_LINK_WITHHELD = '(password-reset link: only the person it is for sees it)';

/**
 * The body without its one-time links. With SMTP the admin has no need to see
 * them (an admin who could read a colleague's reset link could take over that
 * account), and a sent message keeps none in the database.
 */
export function withoutOneTimeLinks(body: string, replacement = LINK_WITHHELD): string {
  return body.replace(/\S*#token=[\w-]+/g, replacement);
}
