import { useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { CaseloadControls } from './CaseloadControls.tsx';
import { CaseloadEmpty } from './CaseloadEmpty.tsx';
import { CaseloadTable } from './CaseloadTable.tsx';
import { useCaseloadRows } from './caseload-api.ts';
import type { CaseloadQuery } from './caseload-api.ts';

const headingId = 'supervised-caseload-heading';

/** Read-only: the clients of the therapists this supervisor supervises, in "needs attention" order. */
export function SupervisorHomePage() {
  const [query, setQuery] = useState<CaseloadQuery>({
    status: 'active',
    filter: 'all',
    search: '',
  });
  const caseload = useCaseloadRows(query);
  return (
    <>
      <PageTitle>Supervised caseload</PageTitle>
      <p className="lead">Clients of the therapists you supervise. This view is read-only.</p>
      <section>
        <h2 id={headingId}>{query.status === 'active' ? 'Active clients' : 'Archived clients'}</h2>
        <CaseloadControls idPrefix="supervised-caseload" query={query} onChange={setQuery} />
        {(caseload.isPending || caseload.isPlaceholderData) && <LoadingState />}
        {caseload.isError && (
          <QueryError error={caseload.error} onRetry={() => void caseload.refetch()} />
        )}
        {caseload.data &&
          (caseload.data.clients.length === 0 ? (
            <CaseloadEmpty query={query} role="supervisor" />
          ) : (
            <CaseloadTable
              clients={caseload.data.clients}
              labelledBy={headingId}
              clientPathBase="/supervisor/clients"
              showTherapists
            />
          ))}
      </section>
    </>
  );
}
