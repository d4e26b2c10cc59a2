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
          When no mail server is set up, Tandem keeps its e-mails here instead of sending them.
        </p>
        <p>
          An invitation or password link works once, for a limited time, and only for the person it
          is addressed to. Pass it on to that person only.
        </p>
      </div>
      {outbox.isPending && <LoadingState />}
      {outbox.isError && <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data &&
        (outbox.data.messages.length === 0 ? (
          <p className="empty-state">No messages.</p>
        ) : (
          newestFirst(outbox.data.messages).map((message) => (
            <OutboxMessageCard key={message.id} message={message} />
          ))
        ))}
    </>
  );
}
