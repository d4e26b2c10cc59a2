import { useEffect, useRef, useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { DismissOutboxDialog } from './DismissOutboxDialog.tsx';
import { MailSetupNotice } from './MailSetupNotice.tsx';
import { newestFirst, useOutbox } from './outbox-api.ts';
import type { OutboxMessage } from './outbox-api.ts';
import { OutboxMessageCard } from './OutboxMessageCard.tsx';

const listHeadingId = 'outbox-messages-heading';

/**
 * E-mails Tandem kept because no mail server (SMTP_URL) is configured, so a
 * single-machine install still works: the admin passes the link on by hand.
 * With a mail server it lists what was sent, without the links.
 */
export function OutboxPage() {
  const outbox = useOutbox();
  const [dismissing, setDismissing] = useState<OutboxMessage | null>(null);
  const [notice, setNotice] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusListHeading = useRef(false);

  // After the dialog has closed (child effects run first): the dismissed card and its
  // button are gone, so the focus goes to the list rather than to the top of the page.
  useEffect(() => {
    if (!focusListHeading.current) return;
    focusListHeading.current = false;
    listHeading.current?.focus();
  });

  return (
    <>
      <PageTitle>Outbox</PageTitle>
      <div className="narrow-text">
        <p className="lead">
          When no mail server is set up, Tandem keeps its emails here instead of sending them.
        </p>
        <p>
          An invitation link works once, for a limited time. Pass it on only to the person it is
          addressed to, in a way only they can read.
        </p>
        <MailSetupNotice />
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1}>
          Emails
        </h2>
        {outbox.isPending && <LoadingState />}
        {outbox.isError && (
          <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
        )}
        {outbox.data &&
          (outbox.data.messages.length === 0 ? (
            <p className="empty-state">
              No emails here. Invitations appear here when Tandem has no mail server to send them
              with.
            </p>
          ) : (
            newestFirst(outbox.data.messages).map((message) => (
              <OutboxMessageCard key={message.id} message={message} onDismiss={setDismissing} />
            ))
          ))}
      </section>
      <DismissOutboxDialog
        message={dismissing}
        onClose={() => setDismissing(null)}
        onDismissed={(message) => {
          setDismissing(null);
          setNotice(`The email to ${message.to} is dismissed.`);
          focusListHeading.current = true;
        }}
      />
    </>
  );
}
