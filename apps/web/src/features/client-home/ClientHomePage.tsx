import { Fragment } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { TodoSection } from '../measures/TodoSection.tsx';
import { TogetherOnHome } from '../couples/TogetherOnHome.tsx';
import { CareTeam } from './CareTeam.tsx';
import { clientToolGroups } from './client-tools.ts';

/** The client's start page: what is theirs to do now, calmly, and who they work with. */
export function ClientHomePage() {
  const user = useSignedInUser();
  return (
    <div className="narrow-text">
      <PageTitle>Home</PageTitle>
      <p className="lead">Hello, {user.displayName}.</p>
      <TodoSection />
      <TogetherOnHome />
      <section className="section" aria-labelledby="your-tools-title">
        <h2 id="your-tools-title">Your tools</h2>
        {clientToolGroups.map((group) => (
          <Fragment key={group.key}>
            <h3>{group.title}</h3>
            <ul className="tool-links">
              {group.tools.map((tool) => (
                <li key={tool.to}>
                  <Link to={tool.to}>{tool.label}</Link>
                </li>
              ))}
            </ul>
          </Fragment>
        ))}
      </section>
      <CareTeam />
    </div>
  );
}
