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

/**
 * Alert e-mails say only that something waits in Tandem, with a link to the
 * inbox: no client name, no measure, no answer, and a subject that reads the
 * same for every alert. They name the staff who were told too, so nobody
 * assumes someone else has it.
 */
export function alertMail(input: { link: string; alsoTold: readonly string[] }) {
  return {
    subject: 'New alert in Tandem',
    body: [
      'Hello,',
      '',
      'A client on your caseload gave an answer in Tandem that needs a response today.',
      'Sign in to see it:',
      '',
      input.link,
      '',
      alsoToldLine(input.alsoTold),
      '',
      'Tandem is not watched around the clock; please acknowledge the alert when you have seen it.',
    ].join('\n'),
  };
}

/** To the practice's fallback contact when nobody acknowledged an alert in time. */
export function alertEscalationMail(input: {
  link: string;
  minutes: number;
  alsoTold: readonly string[];
}) {
  return {
    subject: 'Alert not yet acknowledged in Tandem',
    body: [
      'Hello,',
      '',
      `An alert has not been acknowledged for ${durationText(input.minutes)}.`,
      'You are the practice’s fallback contact. Sign in to see it:',
      '',
      input.link,
      '',
      alsoToldLine(input.alsoTold),
    ].join('\n'),
  };
}

/**
 * The gathered notice for staff who chose the digest: counts and a link,
 * nothing else (no client, no measure). `notices` counts the caseload
 * notices gathered with the alerts.
 */
export function alertDigestMail(input: {
  link: string;
  count: number;
  notices?: { notOnTrack: number; overdue: number };
}) {
  const notices = input.notices ?? { notOnTrack: 0, overdue: 0 };
  const lines = [
    input.count === 0
      ? null
      : input.count === 1
        ? '1 alert is waiting for you in Tandem.'
        : `${input.count} alerts are waiting for you in Tandem.`,
    notices.notOnTrack === 0
      ? null
      : notices.notOnTrack === 1
        ? 'A client on your caseload is newly not on track on a measure.'
        : `Clients on your caseload are newly not on track on ${notices.notOnTrack} measures.`,
    notices.overdue === 0
      ? null
      : notices.overdue === 1
        ? 'A measure was not answered in time.'
        : `${notices.overdue} measures were not answered in time.`,
  ].filter((line): line is string => line !== null);
  return {
    subject:
      notices.notOnTrack + notices.overdue === 0
        ? 'Alerts waiting in Tandem'
        : 'Waiting for you in Tandem',
    body: [
      'Hello,',
      '',
      ...lines,
      'Sign in to see them:',
      '',
      input.link,
      '',
      'You receive this summary because you chose to have notices gathered. You can change that in Tandem.',
    ].join('\n'),
  };
}

/**
 * A caseload notice told at once: that something on the caseload needs a
 * look, never whom or which measure (the caseload shows both after sign-in).
 */
export function staffNoticeMail(input: { kind: 'not-on-track' | 'overdue'; link: string }) {
  return {
    subject: 'A client on your caseload needs attention',
    body: [
      'Hello,',
      '',
      input.kind === 'not-on-track'
        ? 'A client on your caseload is newly not on track on a measure.'
        : 'A measure a client on your caseload was asked to fill in was not answered in time.',
      'Sign in to see your caseload:',
      '',
      input.link,
      '',
      'You receive this at once because of your notification choices. You can change them in Tandem.',
    ].join('\n'),
  };
}

/**
 * A client's reminder that a measure is due: which one, or what it is about,
 * is left out (a subject or a line on a shared screen must not tell anyone
 * what the person is being treated for).
 */
export function measureReminderMail(input: { link: string }) {
  return {
    subject: 'A reminder from Tandem',
    body: [
      'Hello,',
      '',
      'Your therapist has asked you to fill something in on Tandem. It takes a few minutes.',
      'Sign in when it suits you:',
      '',
      input.link,
      '',
      'If you did not expect this message, you can ignore it.',
    ].join('\n'),
  };
}

function alsoToldLine(names: readonly string[]): string {
  return names.length === 0 ? 'Nobody else was told.' : `Also told: ${names.join(', ')}.`;
}

function durationText(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
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
