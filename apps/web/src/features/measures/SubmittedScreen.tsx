import { Link } from 'react-router';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import type { SubmittedResponse } from './measure-types.ts';

/** "Submitted" — shown only once the server has stored the answers — with the result if it is shared. */
export function SubmittedScreen({ response }: { response: SubmittedResponse }) {
  const meaning = response.showResults ? response.meaning : null;
  return (
    <div className="narrow-text">
      <PageTitle focusOnMount>Submitted</PageTitle>
      <p className="lead">Thank you. Your answers to the {response.title} are saved.</p>
      {meaning ? (
        <section className="card" aria-labelledby="submitted-result">
          <h2 id="submitted-result">Your result</h2>
          <p>{meaning}</p>
        </section>
      ) : (
        <p>Your therapist will go through your answers with you.</p>
      )}
      <ul className="link-list">
        {response.showResults && (
          <li>
            <Link to="/client/progress">See your progress over time</Link>
          </li>
        )}
        <li>
          <Link to="/client">Back to your home page</Link>
        </li>
      </ul>
    </div>
  );
}
