import { useId } from 'react';
import { PlanEditor } from '../plans/PlanEditor.tsx';
import { clientPlanPaths } from '../plans/plans-api.ts';

/** The client's safety and coping plans on their page: the therapist edits with them; a supervisor reads. */
export function ClientPlans({ clientId, readOnly }: { clientId: string; readOnly: boolean }) {
  const safetyId = useId();
  const copingId = useId();
  return (
    <>
      <section className="section" aria-labelledby={safetyId}>
        <h2 id={safetyId}>Safety plan</h2>
        <PlanEditor
          kind="safety-plan"
          paths={clientPlanPaths(clientId, 'safety-plan')}
          canEdit={!readOnly}
          forClient={false}
        />
      </section>
      <section className="section" aria-labelledby={copingId}>
        <h2 id={copingId}>Coping plan</h2>
        <PlanEditor
          kind="coping-plan"
          paths={clientPlanPaths(clientId, 'coping-plan')}
          canEdit={!readOnly}
          forClient={false}
        />
      </section>
    </>
  );
}
