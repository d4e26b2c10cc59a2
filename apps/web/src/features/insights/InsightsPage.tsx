import { Link } from 'react-router';
import { messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { basisOf, factorTitle, NOT_YET } from './insight-wording.ts';
import './insights.css';
import {
  useMyInsights,
  useShareInsight,
  useStopSharing,
  type InsightsAnswer,
} from './insights-api.ts';

/** /client/insights: how mood goes together with tags and sleep, honest about how sure it is. */
export function InsightsPage() {
  const insights = useMyInsights();
  return (
    <div className="narrow-text">
      <PageTitle>Patterns in my check-ins</PageTitle>
      <p className="lead">
        These show what tends to go together with your mood. They do not show what causes what, and
        they are only as sure as your check-ins allow.
      </p>
      {insights.isPending ? (
        <LoadingState />
      ) : insights.isError ? (
        <QueryError error={insights.error} onRetry={() => void insights.refetch()} />
      ) : (
        <InsightList answer={insights.data} />
      )}
    </div>
  );
}

function InsightList({ answer }: { answer: InsightsAnswer }) {
  const share = useShareInsight();
  const stop = useStopSharing();
  const sharedNow = answer.shared.filter((s) => s.visibility === 'shared');
  const sharedFactors = new Set(sharedNow.map((s) => s.factorId));
  if (answer.insights.length === 0) {
    return (
      <section aria-labelledby="insights-none">
        <h2 id="insights-none">Nothing to show yet</h2>
        <p>{NOT_YET}</p>
        <p>
          You have check-ins on {answer.daysWithCheckIns}{' '}
          {answer.daysWithCheckIns === 1 ? 'day' : 'days'}.{' '}
          <Link to="/client/check-in">Make a check-in</Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <ul className="insight-list">
        {answer.insights.map((insight) => (
          <li key={insight.id} className="insight-card">
            <h2>{factorTitle(insight)}</h2>
            <p>{insight.explanation}</p>
            <p className="hint">{basisOf(insight)}</p>
            {sharedFactors.has(insight.id) ? (
              <p className="hint">Your therapist can see this one.</p>
            ) : (
              <Button
                variant="secondary"
                busy={share.isPending && share.variables === insight.id}
                busyLabel="Sharing…"
                onClick={() => share.mutate(insight.id)}
              >
                Show my therapist<span className="visually-hidden">: {factorTitle(insight)}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {share.isError && (
        <Alert>
          <p>{messageOf(share.error)}</p>
        </Alert>
      )}
      <StatusMessage>{share.isSuccess ? 'Shared with your therapist.' : null}</StatusMessage>
      {sharedNow.length > 0 && (
        <section aria-labelledby="insights-shared">
          <h2 id="insights-shared">Shared with my therapist</h2>
          <p className="hint">Your therapist sees these as they were when you shared them.</p>
          <ul className="insight-list">
            {sharedNow.map((item) => (
              <li key={item.id} className="insight-card">
                <h3>{factorTitle(item.insight)}</h3>
                <p>{item.insight.explanation}</p>
                <Button
                  variant="quiet"
                  busy={stop.isPending && stop.variables === item.id}
                  busyLabel="Stopping…"
                  onClick={() => stop.mutate(item.id)}
                >
                  Stop sharing<span className="visually-hidden">: {factorTitle(item.insight)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
