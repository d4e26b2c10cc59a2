import { useId } from 'react';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { CareTeam } from './CareTeam.tsx';

/** The client's start page: calm, with nothing asked of them yet. */
export function ClientHomePage() {
  const user = useSignedInUser();
  const emptyHeadingId = useId();
  return (
    <div className="narrow-text">
      <PageTitle>Home</PageTitle>
      <p className="lead">Hello, {user.displayName}.</p>
      <section className="empty-state" aria-labelledby={emptyHeadingId}>
        <h2 id={emptyHeadingId} className="empty-state__title">
          Nothing to do right now
        </h2>
        <p>
          When your therapist shares a questionnaire or an exercise with you, it will appear here.
          You can take your time with it.
        </p>
      </section>
      <CareTeam />
    </div>
  );
}
