import { Link } from 'react-router';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useCheckInOptions } from './check-in-api.ts';
import { CheckInForm } from './CheckInForm.tsx';
import { RecentCheckIns } from './RecentCheckIns.tsx';
import './check-in.css';

/** /client/check-in: how are you, in a few seconds; as often as you like, no streaks. */
export function CheckInPage() {
  const options = useCheckInOptions();
  return (
    <div className="narrow-text">
      <PageTitle>Check-in</PageTitle>
      <p className="lead">
        A quick note about how you are. Only the mood is needed; the rest is up to you.
      </p>
      <PendingOutbox />
      {options.isPending && <LoadingState />}
      {options.isError && (
        <QueryError error={options.error} onRetry={() => void options.refetch()} />
      )}
      {options.data && <CheckInForm options={options.data} />}
      <RecentCheckIns />
      <p>
        <Link to="/client/insights">Patterns in my check-ins</Link>
      </p>
    </div>
  );
}
