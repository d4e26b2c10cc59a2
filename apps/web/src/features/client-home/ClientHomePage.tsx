import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { TodoSection } from '../measures/TodoSection.tsx';
import { CareTeam } from './CareTeam.tsx';

/** The client's start page: what is theirs to do now, calmly, and who they work with. */
export function ClientHomePage() {
  const user = useSignedInUser();
  return (
    <div className="narrow-text">
      <PageTitle>Home</PageTitle>
      <p className="lead">Hello, {user.displayName}.</p>
      <TodoSection />
      <CareTeam />
    </div>
  );
}
