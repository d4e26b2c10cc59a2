import type { CaseloadQuery } from './caseload-api.ts';

/** What an empty caseload means, for the filters in use. */
export function CaseloadEmpty({
  query,
  role,
}: {
  query: CaseloadQuery;
  role: 'therapist' | 'supervisor';
}) {
  if (query.search.trim() !== '' || query.filter !== 'all') {
    return <p className="empty-state">No clients match. Try another filter or search.</p>;
  }
  if (query.status === 'archived') {
    return (
      <p className="empty-state">
        {role === 'therapist'
          ? 'No archived clients. Clients you archive wait here; nothing is deleted.'
          : 'No archived clients.'}
      </p>
    );
  }
  if (role === 'supervisor') {
    return (
      <p className="empty-state">
        No clients to show. When an admin assigns you to a therapist, their clients appear here.
      </p>
    );
  }
  return (
    <div className="empty-state">
      <p>
        <strong>No clients yet.</strong>
      </p>
      <p>
        Choose “Invite a client” to give someone a link to Tandem. They appear here straight away,
        marked Invited until they join.
      </p>
    </div>
  );
}
