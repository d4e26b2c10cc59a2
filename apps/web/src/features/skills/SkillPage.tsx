import { Link, useParams } from 'react-router';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { BreathingTimer } from './BreathingTimer.tsx';
import { GroundingGuide } from './GroundingGuide.tsx';
import { LogPracticeForm } from './LogPracticeForm.tsx';
import { skillByKey } from './skill-library.ts';
import './skills.css';

/** /client/skills/:skillKey: how to do one skill, and logging a practice of it. */
export function SkillPage() {
  const { skillKey } = useParams();
  const skill = skillByKey(skillKey);
  if (!skill) {
    return (
      <div className="narrow-text">
        <PageTitle>Skill not found</PageTitle>
        <p>
          <Link to="/client/skills">See all skills</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client/skills">All skills</Link>
      </p>
      <PageTitle>{skill.name}</PageTitle>
      <p className="lead">{skill.summary}</p>
      {skill.guide === 'breathing' && <BreathingTimer />}
      {skill.guide === 'grounding' ? (
        <GroundingGuide steps={skill.steps} />
      ) : (
        <section className="section" aria-labelledby="skill-steps-title">
          <h2 id="skill-steps-title">How to do it</h2>
          <ol className="skill-steps">
            {skill.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      )}
      <PendingOutbox />
      <LogPracticeForm skill={skill} />
    </div>
  );
}
