import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { newestFirst, useOutbox } from './outbox-api.ts';
import { OutboxMessageCard } from './OutboxMessageCard.tsx';

/**
 * E-mails Tandem kept because no mail server (SMTP_URL) is configured, so a
 * single-machine install still works: the admin passes the link on by hand.
 */
export function OutboxPage() {
  const outbox = useOutbox();
  return (
    <>
      <PageTitle>Outbox</PageTitle>
      <div className="narrow-text">
        <p className="lead">
          When no mail server is set up, Tandem keeps its emails here instead of sending them.
        </p>
        <p>
          An invitation or password link works once, for a limited time. Pass it on only to the
          person it is addressed to, in a way only they can read.
        </p>
      </div>
      {outbox.isPending && <LoadingState />}
      {outbox.isError && <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data &&
        (outbox.data.messages.length === 0 ? (
          <p className="empty-state">
            No emails yet. Invitations and password links appear here when Tandem has no mail server
            to send them with.
          </p>
        ) : (
          newestFirst(outbox.data.messages).map((message) => (
            <OutboxMessageCard key={message.id} message={message} />
          ))
        ))}
    </>
  );
}
