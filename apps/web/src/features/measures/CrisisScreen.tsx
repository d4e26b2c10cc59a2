import { Link } from 'react-router';
import { Button } from '../../shared/ui/Button.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { CrisisCallButtons } from '../client-home/CrisisCallButtons.tsx';
import type { CrisisOnSubmit } from './measure-types.ts';

/**
 * Shown first after answers that may mean someone is at risk: one-tap call
 * and text buttons, their safety plan, and the plain fact that nobody is
 * reading the answers as they arrive.
 */
export function CrisisScreen({
  crisis,
  onContinue,
}: {
  crisis: CrisisOnSubmit;
  onContinue: () => void;
}) {
  return (
    <div className="narrow-text crisis-screen">
      <PageTitle focusOnMount>Help is here if you need it</PageTitle>
      <p className="lead">
        Thank you for your answers. Some of them tell us you may be going through a very hard time.
      </p>
      <p>{crisis.message}</p>
      <p>
        Your therapist will see your answers, but not straight away. Tandem is not a crisis service,
        so please do not wait for a reply here.
      </p>
      <CrisisCallButtons resources={crisis.resources} />
      {crisis.hasSafetyPlan && (
        <p>
          <Link className="button button--secondary" to="/client/safety-plan">
            Open my safety plan
          </Link>
        </p>
      )}
      <Button variant="secondary" onClick={onContinue}>
        Continue
      </Button>
    </div>
  );
}
