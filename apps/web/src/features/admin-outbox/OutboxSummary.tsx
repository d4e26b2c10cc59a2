import { useId } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useOutbox } from './outbox-api.ts';
import { canPassOnLink } from './outbox-wording.ts';

/**
 * The outbox at a glance on the admin's start page: without a mail server,
 * invitations wait there until the admin passes the link on.
 */
export function OutboxSummary() {
  const headingId = useId();
  const outbox = useOutbox();
  const waiting = outbox.data?.messages.filter(canPassOnLink).length ?? 0;
  return (
    <section className="section card" aria-labelledby={headingId}>
      <h2 id={headingId}>Outbox</h2>
      {outbox.isPending && <LoadingState />}
      {outbox.isError && <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data && (
        <p>
          {waiting === 0
            ? 'No links are waiting to be passed on.'
            : `${waiting === 1 ? '1 invitation link is' : `${waiting} invitation links are`} waiting in the Outbox. Pass each one on to the person it is for.`}
        </p>
      )}
      <p>
        <Link to="/admin/outbox">Open the outbox</Link>
      </p>
    </section>
  );
}
