import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { skills } from './skill-library.ts';
import { useMySkillsSummary } from './skills-api.ts';
import { SkillsSummary } from './SkillsSummary.tsx';
import './skills.css';

/** /client/skills: the library, and which skills have helped this client most. */
export function SkillsPage() {
  const summary = useMySkillsSummary();
  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>Skills</PageTitle>
      <p className="lead">
        Short things to try when feelings run high. Pick one, try it, and note how you feel before
        and after.
      </p>
      <section className="section" aria-labelledby="skills-helps-title">
        <h2 id="skills-helps-title">What helps you most</h2>
        {summary.isPending && <LoadingState />}
        {summary.isError && (
          <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
        )}
        {summary.data && (
          <SkillsSummary
            summary={summary.data}
            empty="Once you log a few practices, the skills that help you most show here."
          />
        )}
      </section>
      <section className="section" aria-labelledby="skills-library-title">
        <h2 id="skills-library-title">The skills</h2>
        <ul className="skill-list">
          {skills.map((skill) => (
            <li key={skill.key} className="skill-list__item">
              <Link to={`/client/skills/${skill.key}`} className="skill-list__link">
                {skill.name}
              </Link>
              <p className="skill-list__summary">{skill.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
