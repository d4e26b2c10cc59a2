import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { AssignmentsSection } from './AssignmentsSection.tsx';
import { MeasureProgress } from './MeasureProgress.tsx';
import { TalkingTherapiesOutcome } from './TalkingTherapiesOutcome.tsx';
import { useClient, useClientMeasures } from './therapist-measures-api.ts';
import { ClientSkillsSection } from '../skills/ClientSkillsSection.tsx';
import { ClientExposureSection } from '../exposure/ClientExposureSection.tsx';
import { ClientGoalsSection } from '../goals/ClientGoalsSection.tsx';
import { ClientGroupLinks } from '../couples/ClientGroupLinks.tsx';
import { ClientValuesSection } from '../goals/values/ClientValuesSection.tsx';
import { ClientHomeworkSection } from '../homework/ClientHomeworkSection.tsx';
import { SharedThoughtRecords } from '../worksheets/SharedThoughtRecords.tsx';
import { ClientPlans } from '../shared-entries/ClientPlans.tsx';
import { SharedTimeline } from '../shared-entries/SharedTimeline.tsx';

/**
 * /therapist/clients/:clientId and /supervisor/clients/:clientId: a client's
 * measures: assignments, the Talking Therapies outcome, and each measure's
 * progress. Supervisors read it without changing anything.
 */
export function ClientRecordPage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const readOnly = user.role !== 'therapist';
  const progressId = useId();
  const client = useClient(clientId);
  const measures = useClientMeasures(clientId);
  const name = client.data?.client.displayName;
  const home = readOnly ? '/supervisor' : '/therapist';

  return (
    <>
      <p className="back-link">
        <Link to={home}>Back to {readOnly ? 'the caseload' : 'your clients'}</Link>
      </p>
      <PageTitle>{name ?? 'Client'}</PageTitle>
      {client.isError && <QueryError error={client.error} onRetry={() => void client.refetch()} />}
      {client.isPending && <LoadingState />}
      {name !== undefined && (
        <>
          <p className="lead">
            {readOnly
              ? 'Measures, progress, what the client shared and their plans. You see this as a supervisor: read-only.'
              : 'Measures, progress, what the client shared and their plans.'}
          </p>
          <p>
            <Link to="review">Session review</Link>: goals, homework and scores on one time axis,
            and what was decided.
          </p>
          <ClientGroupLinks clientId={clientId} area={readOnly ? 'supervisor' : 'therapist'} />
          <AssignmentsSection clientId={clientId} clientName={name} readOnly={readOnly} />
          {measures.data?.talkingTherapies && (
            <TalkingTherapiesOutcome outcome={measures.data.talkingTherapies} />
          )}
          <section className="section" aria-labelledby={progressId}>
            <h2 id={progressId}>Progress</h2>
            {measures.isPending && <LoadingState />}
            {measures.isError && (
              <QueryError error={measures.error} onRetry={() => void measures.refetch()} />
            )}
            {measures.data &&
              (measures.data.measures.length === 0 ? (
                <p className="empty-state">
                  No answers yet. Scores appear here once {name} answers a measure.
                </p>
              ) : (
                measures.data.measures.map((series) => (
                  <MeasureProgress key={series.instrumentId} series={series} />
                ))
              ))}
          </section>
          <ClientGoalsSection clientId={clientId} readOnly={readOnly} />
          <ClientValuesSection clientId={clientId} />
          <ClientHomeworkSection clientId={clientId} readOnly={readOnly} />
          <SharedTimeline clientId={clientId} clientName={name} canRecordSessions={!readOnly} />
          <SharedThoughtRecords clientId={clientId} />
          <ClientSkillsSection clientId={clientId} />
          <ClientExposureSection clientId={clientId} readOnly={readOnly} />
          <ClientPlans clientId={clientId} readOnly={readOnly} />
        </>
      )}
    </>
  );
}
