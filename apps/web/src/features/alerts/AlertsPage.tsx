import { useState } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert as ErrorAlert } from '../../shared/ui/Alert.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { AlertCard } from './AlertCard.tsx';
import { NoticesSection } from './NoticesSection.tsx';
import { NotificationPreferencesSection } from './NotificationPreferencesSection.tsx';
import { ResolveAlertDialog } from './ResolveAlertDialog.tsx';
import { ResponseTimesSection } from './ResponseTimesSection.tsx';
import type { Alert, AlertList } from './alert-types.ts';
import { useAcknowledgeAlert, useAlerts } from './alerts-api.ts';

const listOptions = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
] as const;

/**
 * /therapist/alerts and /supervisor/alerts: critical-item alerts to acknowledge
 * and resolve, and the caseload notices (not on track, overdue).
 */
export function AlertsPage() {
  const user = useSignedInUser();
  const [list, setList] = useState<AlertList>('open');
  const [resolving, setResolving] = useState<Alert | null>(null);
  const [notice, setNotice] = useState('');
  const alerts = useAlerts(list);
  const acknowledge = useAcknowledgeAlert();
  const guard = useSubmitGuard();
  const clientPathBase = user.role === 'supervisor' ? '/supervisor/clients' : '/therapist/clients';

  return (
    <>
      <PageTitle>Alerts</PageTitle>
      <p className="lead">
        Answers to risk questions that need a person to follow up. Acknowledge an alert when you
        have seen it; resolve it with a note once it is dealt with.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      <section aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">{list === 'open' ? 'Open alerts' : 'Resolved alerts'}</h2>
        <ChoiceGroup
          name="alert-list"
          legend="Show"
          value={list}
          options={listOptions}
          onChange={setList}
        />
        {acknowledge.isError && <ErrorAlert>{messageOf(acknowledge.error)}</ErrorAlert>}
        {alerts.isPending && <LoadingState />}
        {alerts.isError && (
          <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />
        )}
        {alerts.data &&
          (alerts.data.alerts.length === 0 ? (
            <p className="empty-state">
              {list === 'open' ? 'No open alerts.' : 'No resolved alerts yet.'}
            </p>
          ) : (
            <div className="alert-list">
              {alerts.data.alerts.map((alert) => (
                <AlertCard
                  key={alert.id}
                  alert={alert}
                  clientPathBase={clientPathBase}
                  acknowledging={acknowledge.isPending && acknowledge.variables === alert.id}
                  onAcknowledge={(target) => {
                    if (!guard.begin()) return;
                    acknowledge.mutate(target.id, {
                      onSettled: guard.end,
                      onSuccess: () =>
                        setNotice(`The alert for ${target.clientName} is acknowledged.`),
                    });
                  }}
                  onResolve={setResolving}
                />
              ))}
            </div>
          ))}
      </section>
      <NoticesSection clientPathBase={clientPathBase} />
      {user.role === 'supervisor' && <ResponseTimesSection />}
      <NotificationPreferencesSection onSaved={() => setNotice('Saved: how alerts reach you.')} />
      <ResolveAlertDialog
        alert={resolving}
        onClose={() => setResolving(null)}
        onResolved={(resolved) => {
          setResolving(null);
          setNotice(`The alert for ${resolved.clientName} is resolved.`);
        }}
      />
    </>
  );
}
