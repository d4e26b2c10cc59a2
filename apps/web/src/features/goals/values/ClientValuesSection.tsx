import { useId } from 'react';
import { LoadingState } from '../../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../../shared/ui/QueryError.tsx';
import { namesIn, piles, useClientValues, type ValuesAnswer } from './values-api.ts';
import './values.css';

function Piles({ answer }: { answer: ValuesAnswer }) {
  const saved = answer.values;
  if (!saved) return <p className="empty-state">The client has not shared their values.</p>;
  return (
    <dl>
      {piles.map((pile) => {
        const names = namesIn(answer.cards, saved, pile.value);
        return (
          <div key={pile.value}>
            <dt>{pile.label}</dt>
            <dd>{names.length > 0 ? names.join(', ') : '—'}</dd>
          </div>
        );
      })}
    </dl>
  );
}

function Strengths({ answer }: { answer: ValuesAnswer }) {
  const saved = answer.strengths;
  if (!saved) return <p className="empty-state">The client has not shared their strengths.</p>;
  const names = [
    ...answer.strengthOptions
      .filter((option) => saved.picked.includes(option.key))
      .map((option) => option.name),
    ...saved.own.map((strength) => strength.text),
  ];
  return names.length === 0 ? (
    <p className="empty-state">No strengths chosen yet.</p>
  ) : (
    <ul className="value-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** For the care team: the values and strengths the client chose to share (never the private ones). */
export function ClientValuesSection({ clientId }: { clientId: string }) {
  const headingId = useId();
  const values = useClientValues(clientId);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Values and strengths</h2>
      <p className="hint">Only what the client chose to share.</p>
      {values.isPending && <LoadingState />}
      {values.isError && <QueryError error={values.error} onRetry={() => void values.refetch()} />}
      {values.data && (
        <>
          <h3>Values</h3>
          <Piles answer={values.data} />
          <h3>Strengths</h3>
          <Strengths answer={values.data} />
        </>
      )}
    </section>
  );
}
