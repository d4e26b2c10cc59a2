import type { SkillsSummary as Summary } from './skills-api.ts';

function dropInWords(drop: number): string {
  if (drop === 0) return 'no change on average';
  return drop > 0 ? `distress down ${drop} on average` : `distress up ${-drop} on average`;
}

/** Which skills helped most: mean drop in distress per skill, with how many practices. */
export function SkillsSummary({ summary, empty }: { summary: Summary; empty: string }) {
  if (summary.skills.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <ol className="skills-summary">
      {summary.skills.map((skill) => (
        <li key={skill.skill}>
          <span className="skills-summary__name">{skill.skillName}</span>:{' '}
          {dropInWords(skill.meanSudsDrop)} ({skill.practices}{' '}
          {skill.practices === 1 ? 'practice' : 'practices'})
        </li>
      ))}
    </ol>
  );
}
