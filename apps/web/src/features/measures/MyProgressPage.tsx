import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { MyMeasureProgress } from './MyMeasureProgress.tsx';
import { useMyMeasures } from './client-measures-api.ts';

/** /client/progress — the client's own scores over time, for the measures they may see. */
export function MyProgressPage() {
  const measures = useMyMeasures();
  return (
    <div className="narrow-text">
      <PageTitle>My progress</PageTitle>
      <p className="lead">
        Your answers over time. A score is not a diagnosis; your therapist goes through them with
        you.
      </p>
      {measures.isPending && <LoadingState />}
      {measures.isError && (
        <QueryError error={measures.error} onRetry={() => void measures.refetch()} />
      )}
      {measures.data &&
        (measures.data.measures.length === 0 ? (
          <div className="empty-state">
            <p>Nothing to show yet. After you answer a questionnaire, your scores appear here.</p>
            <p>
              <Link to="/client">Back to your home page</Link>
            </p>
          </div>
        ) : (
          measures.data.measures.map((measure) => (
            <MyMeasureProgress key={measure.instrumentId} measure={measure} />
          ))
        ))}
    </div>
  );
}
