import { Link } from 'react-router';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { myPlanPaths, planDeviceKey } from './plans-api.ts';
import type { PlanKind } from './plan-types.ts';

function MyPlanPage({
  kind,
  title,
  documentTitle,
}: {
  kind: PlanKind;
  title: string;
  documentTitle: string;
}) {
  const user = useSignedInUser();
  const other: PlanKind = kind === 'safety-plan' ? 'coping-plan' : 'safety-plan';
  return (
    <div className="narrow-text">
      <PageTitle documentTitle={documentTitle}>{title}</PageTitle>
      <PlanEditor kind={kind} paths={myPlanPaths(kind)} deviceKey={planDeviceKey(kind, user)} />
      <p className="plan-other no-print">
        <Link to={`/client/${other}`}>
          {other === 'safety-plan' ? 'My safety plan' : 'My coping plan'}
        </Link>
      </p>
    </div>
  );
}

/** /client/safety-plan: one tap from every client screen, and it opens offline. */
export function SafetyPlanPage() {
  // The tab says "My plan": someone glancing at the phone need not read "safety plan".
  return <MyPlanPage kind="safety-plan" title="My safety plan" documentTitle="My plan" />;
}

/** /client/coping-plan */
export function CopingPlanPage() {
  return <MyPlanPage kind="coping-plan" title="My coping plan" documentTitle="My coping plan" />;
}
