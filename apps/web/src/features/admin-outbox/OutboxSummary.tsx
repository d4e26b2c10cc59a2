import { useId } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useOutbox } from './outbox-api.ts';

/**
 * The outbox at a glance on the admin's start page: without a mail server,
 * invitations wait there until the admin passes the link on.
 */
export function OutboxSummary() {
  const headingId = useId();
  const outbox = useOutbox();
  const kept = outbox.data?.messages.filter((message) => message.status === 'kept').length ?? 0;
  return (
    <section className="section card" aria-labelledby={headingId}>
      <h2 id={headingId}>Outbox</h2>
      {outbox.isPending && <LoadingState />}
      {outbox.isError && <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data && (
        <p>
          {kept === 0
            ? 'No emails are waiting to be passed on.'
            : `${kept === 1 ? '1 email is' : `${kept} emails are`} kept in the outbox because no mail server is set up. Pass each link on to the person it is for.`}
        </p>
      )}
      <p>
        <Link to="/admin/outbox">Open the outbox</Link>
      </p>
    </section>
  );
}
