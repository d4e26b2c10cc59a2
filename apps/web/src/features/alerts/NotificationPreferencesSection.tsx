import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { NotificationPreferencesForm } from './NotificationPreferencesForm.tsx';
import { useNotificationPreferences } from './alerts-api.ts';

const headingId = 'alert-delivery-heading';

export function NotificationPreferencesSection({ onSaved }: { onSaved: () => void }) {
  const preferences = useNotificationPreferences();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>How alerts reach you</h2>
      {preferences.isPending && <LoadingState />}
      {preferences.isError && (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      )}
      {preferences.data && (
        <NotificationPreferencesForm preferences={preferences.data.preferences} onSaved={onSaved} />
      )}
    </section>
  );
}
