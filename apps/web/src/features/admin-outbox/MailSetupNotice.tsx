import { useId } from 'react';
import { useMailDelivery } from '../auth/session-queries.ts';

/**
 * On the admin's start page and the outbox, when this Tandem has no mail
 * server: what that means for invitations and password resets, and what a
 * real practice needs. Said calmly; a single-machine install works without.
 */
export function MailSetupNotice() {
  const headingId = useId();
  const delivery = useMailDelivery();
  if (delivery !== 'outbox') return null;
  return (
    <section className="notice notice--info" aria-labelledby={headingId}>
      <h2 className="notice__title" id={headingId}>
        Email is not set up
      </h2>
      <ul className="notice__list">
        <li>Invitations wait in the Outbox for you to pass on to the person they are for.</li>
        <li>
          Password resets cannot be emailed. The person who runs this Tandem server makes a new link
          there with <code>tandem user reset-password --email …</code> and gives it to the person
          directly.
        </li>
        <li>
          For a real practice, Tandem should send email: the person who runs the server sets{' '}
          <code>SMTP_URL</code>.
        </li>
      </ul>
    </section>
  );
}
