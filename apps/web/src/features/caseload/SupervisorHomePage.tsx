import { useState } from 'react';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { CaseloadTable } from './CaseloadTable.tsx';
import { caseloadFilterOptions } from './caseload-filter-options.ts';
import { useCaseload } from './caseload-api.ts';
import type { CaseloadFilter } from './caseload-api.ts';

const headingId = 'supervised-caseload-heading';

/** Read-only: the clients of the therapists this supervisor supervises. */
export function SupervisorHomePage() {
  const [filter, setFilter] = useState<CaseloadFilter>('active');
  const caseload = useCaseload(filter);
  return (
    <>
      <PageTitle>Supervised caseload</PageTitle>
      <p className="lead">Clients of the therapists you supervise. This view is read-only.</p>
      <section>
        <h2 id={headingId}>{filter === 'active' ? 'Active clients' : 'Archived clients'}</h2>
        <ChoiceGroup
          name="supervised-caseload-filter"
          legend="Show"
          value={filter}
          options={caseloadFilterOptions}
          onChange={setFilter}
        />
        {caseload.isPending && <LoadingState />}
        {caseload.isError && (
          <QueryError error={caseload.error} onRetry={() => void caseload.refetch()} />
        )}
        {caseload.data &&
          (caseload.data.clients.length === 0 ? (
            <p className="empty-state">
              {filter === 'active'
                ? 'No clients to show. When an admin assigns you to a therapist, their clients appear here.'
                : 'No archived clients.'}
            </p>
          ) : (
            <CaseloadTable clients={caseload.data.clients} labelledBy={headingId} showTherapists />
          ))}
      </section>
    </>
  );
}
