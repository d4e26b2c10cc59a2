import { Link } from 'react-router';
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
      <section className="section" aria-labelledby="your-tools-title">
        <h2 id="your-tools-title">Your tools</h2>
        <ul className="tool-links">
          <li>
            <Link to="/client/check-in">Check-in</Link>
          </li>
          <li>
            <Link to="/client/journal">Journal</Link>
          </li>
          <li>
            <Link to="/client/safety-plan">My safety plan</Link>
          </li>
          <li>
            <Link to="/client/coping-plan">My coping plan</Link>
          </li>
          <li>
            <Link to="/client/insights">Patterns in my check-ins</Link>
          </li>
          <li>
            <Link to="/client/thought-record">Thought record</Link>
          </li>
          <li>
            <Link to="/client/thought-records">Your thought records</Link>
          </li>
          <li>
            <Link to="/client/skills">Skills</Link>
          </li>
        </ul>
      </section>
      <CareTeam />
    </div>
  );
}
