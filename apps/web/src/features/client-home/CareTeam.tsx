import { useId } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useCareTeam } from './client-home-api.ts';

export function CareTeam() {
  const headingId = useId();
  const careTeam = useCareTeam();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Your care team</h2>
      {careTeam.isPending && <LoadingState />}
      {careTeam.isError && (
        <QueryError error={careTeam.error} onRetry={() => void careTeam.refetch()} />
      )}
      {careTeam.data &&
        (careTeam.data.therapists.length === 0 ? (
          <p>Your practice has not added a therapist to your care team yet.</p>
        ) : (
          <>
            <p>The people at your practice who work with you in Tandem:</p>
            <ul>
              {careTeam.data.therapists.map((therapist) => (
                <li key={therapist.id}>{therapist.displayName}</li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
