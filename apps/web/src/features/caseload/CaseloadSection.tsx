import type { Ref } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { CaseloadControls } from './CaseloadControls.tsx';
import { CaseloadEmpty } from './CaseloadEmpty.tsx';
import { CaseloadTable } from './CaseloadTable.tsx';
import { ClientRowActions } from './ClientRowActions.tsx';
import { useCaseloadRows, useResendInvitation } from './caseload-api.ts';
import type { CaseloadQuery, ClientStatusChange, ClientSummary } from './caseload-api.ts';

interface CaseloadSectionProps {
  query: CaseloadQuery;
  onQueryChange: (query: CaseloadQuery) => void;
  headingRef: Ref<HTMLHeadingElement>;
  onResent: (client: ClientSummary) => void;
  onChangeStatus: (client: ClientSummary, change: ClientStatusChange) => void;
}

const headingId = 'caseload-heading';

export function CaseloadSection({
  query,
  onQueryChange,
  headingRef,
  onResent,
  onChangeStatus,
}: CaseloadSectionProps) {
  const caseload = useCaseloadRows(query);
  const resend = useResendInvitation();
  const resendGuard = useSubmitGuard();

  return (
    // No aria-labelledby: the table region inside already carries this name.
    <section>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {query.status === 'active' ? 'Active clients' : 'Archived clients'}
      </h2>
      <CaseloadControls idPrefix="caseload" query={query} onChange={onQueryChange} />
      {resend.isError && <Alert>{messageOf(resend.error)}</Alert>}
      {(caseload.isPending || caseload.isPlaceholderData) && <LoadingState />}
      {caseload.isError && (
        <QueryError error={caseload.error} onRetry={() => void caseload.refetch()} />
      )}
      {caseload.data &&
        (caseload.data.clients.length === 0 ? (
          <CaseloadEmpty query={query} role="therapist" />
        ) : (
          <CaseloadTable
            clients={caseload.data.clients}
            labelledBy={headingId}
            clientPathBase="/therapist/clients"
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
