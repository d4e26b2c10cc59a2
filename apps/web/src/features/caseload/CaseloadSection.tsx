import type { Ref } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { CaseloadTable } from './CaseloadTable.tsx';
import { ClientRowActions } from './ClientRowActions.tsx';
import { caseloadFilterOptions } from './caseload-filter-options.ts';
import { useCaseload, useResendInvitation } from './caseload-api.ts';
import type { CaseloadFilter, ClientStatusChange, ClientSummary } from './caseload-api.ts';

interface CaseloadSectionProps {
  filter: CaseloadFilter;
  onFilterChange: (filter: CaseloadFilter) => void;
  headingRef: Ref<HTMLHeadingElement>;
  onResent: (client: ClientSummary) => void;
  onChangeStatus: (client: ClientSummary, change: ClientStatusChange) => void;
}

const headingId = 'caseload-heading';

export function CaseloadSection({
  filter,
  onFilterChange,
  headingRef,
  onResent,
  onChangeStatus,
}: CaseloadSectionProps) {
  const caseload = useCaseload(filter);
  const resend = useResendInvitation();
  const resendGuard = useSubmitGuard();

  return (
    // No aria-labelledby: the table region inside already carries this name.
    <section>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {filter === 'active' ? 'Active clients' : 'Archived clients'}
      </h2>
      <ChoiceGroup
        name="caseload-filter"
        legend="Show"
        value={filter}
        options={caseloadFilterOptions}
        onChange={onFilterChange}
      />
      {resend.isError && <Alert>{messageOf(resend.error)}</Alert>}
      {caseload.isPending && <LoadingState />}
      {caseload.isError && (
        <QueryError error={caseload.error} onRetry={() => void caseload.refetch()} />
      )}
      {caseload.data &&
        (caseload.data.clients.length === 0 ? (
          <div className="empty-state">
            {filter === 'active' ? (
              <>
                <p>
                  <strong>No clients yet.</strong>
                </p>
                <p>
                  Choose “Invite a client” to give someone a link to Tandem. They appear here
                  straight away, marked Invited until they join.
                </p>
              </>
            ) : (
              <p>No archived clients. Clients you archive wait here; nothing is deleted.</p>
            )}
          </div>
        ) : (
          <CaseloadTable
            clients={caseload.data.clients}
            labelledBy={headingId}
            renderActions={(client) => (
              <ClientRowActions
                client={client}
                resending={resend.isPending && resend.variables === client.id}
                onResend={(target) => {
                  if (!resendGuard.begin()) return;
                  resend.mutate(target.id, {
                    onSettled: resendGuard.end,
                    onSuccess: () => onResent(target),
                  });
                }}
                onChangeStatus={onChangeStatus}
              />
            )}
          />
        ))}
    </section>
  );
}
