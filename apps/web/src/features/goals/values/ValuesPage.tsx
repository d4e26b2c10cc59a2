import { useState } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../../shared/ui/QueryError.tsx';
import { StrengthsForm } from './StrengthsForm.tsx';
import { useMyValues } from './values-api.ts';
import { ValueCardSort } from './ValueCardSort.tsx';
import './values.css';

const conflictWords =
  'These were changed on another device meanwhile. The newest version is shown now: look it over, then save again.';

/** /client/values: what matters to the client (a card sort) and their strengths. */
export function ValuesPage() {
  const values = useMyValues();
  const [conflict, setConflict] = useState('');
  /** Bumped when a save met a newer version: the forms start again from what the server has. */
  const [generation, setGeneration] = useState(0);

  async function reload(which: string) {
    await values.refetch();
    setGeneration((current) => current + 1);
    setConflict(`Your ${which}: ${conflictWords}`);
  }

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>What matters to me</PageTitle>
      <p className="lead">
        Knowing what you care about can help you choose goals that feel worth the effort. Your
        strengths are what you can lean on along the way.
      </p>
      <p>Only you can see these unless you choose to share them with your care team.</p>
      {conflict && (
        <div className="notice notice--calm" role="alert">
          <p>{conflict}</p>
        </div>
      )}
      {values.isPending && <LoadingState />}
      {values.isError && <QueryError error={values.error} onRetry={() => void values.refetch()} />}
      {values.data && (
        <>
          <ValueCardSort
            key={`values-${generation}`}
            answer={values.data}
            onConflict={() => void reload('values')}
          />
          <section className="section" aria-labelledby="strengths-title">
            <h2 id="strengths-title">My strengths</h2>
            <StrengthsForm
              key={`strengths-${generation}`}
              answer={values.data}
              onConflict={() => void reload('strengths')}
            />
          </section>
          <p>
            When you are ready, you can turn what matters into a goal on{' '}
            <Link to="/client/goals">your goals page</Link>.
          </p>
        </>
      )}
    </div>
  );
}
