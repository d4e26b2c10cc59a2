import { useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { careTeamNames, useAdminClients } from './admin-clients-api.ts';
import type { AdminClient } from './admin-clients-api.ts';
import { AdminClientsTable } from './AdminClientsTable.tsx';
import { CareTeamDialog } from './CareTeamDialog.tsx';

const headingId = 'admin-clients-heading';

/** Every client of the practice with their care team: names and status only, nothing clinical. */
export function AdminClientsPage() {
  const clients = useAdminClients();
  const [editing, setEditing] = useState<AdminClient | null>(null);
  const [notice, setNotice] = useState('');

  return (
    <>
      <PageTitle>Clients</PageTitle>
      <p className="lead">
        Every client of the practice and the therapists on their care team. Nothing of their care is
        shown here.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      <section>
        <h2 id={headingId}>All clients</h2>
        {clients.isPending && <LoadingState />}
        {clients.isError && (
          <QueryError error={clients.error} onRetry={() => void clients.refetch()} />
        )}
        {clients.data &&
          (clients.data.clients.length === 0 ? (
            <p className="empty-state">
              No clients yet. Therapists invite their clients from their own start page.
            </p>
          ) : (
            <AdminClientsTable
              clients={clients.data.clients}
              labelledBy={headingId}
              onChangeCareTeam={setEditing}
            />
          ))}
      </section>
      <CareTeamDialog
        client={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setNotice(`The care team of ${saved.displayName} is saved: ${careTeamNames(saved)}.`);
        }}
      />
    </>
  );
}
