import { useId } from 'react';
import { Link } from 'react-router';
import { useMyGroups } from './couples-api.ts';
import { workTitle } from './couples-wording.ts';

/** On the client's Home, only for a client in couple or family work: a link, and a waiting question. */
export function TogetherOnHome() {
  const headingId = useId();
  const groups = useMyGroups();
  const list = groups.data?.groups ?? [];
  const first = list[0];
  if (!first) return null;
  const waiting = list.some((g) => g.safetyCheck.asked && g.safetyCheck.answeredAt === null);
  const title = list.length === 1 ? workTitle(first.kind) : 'Your work together';
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {waiting && (
        <p>Your therapist has a private question for you. Please answer it on your own.</p>
      )}
      <p>
        <Link to="/client/together">
          {waiting ? 'Answer your therapist’s question' : `Open ${title.toLowerCase()}`}
        </Link>
      </p>
    </section>
  );
}
