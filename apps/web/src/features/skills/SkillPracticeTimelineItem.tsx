import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';

type Item = ApiAnswer<'get', '/api/clients/{id}/timeline'>['items'][number];
export type SharedPractice = Extract<Item, { type: 'skill-practice' }>['practice'];

/** One shared skill practice (a timeline item of type 'skill-practice'), as a list item. */
export function SkillPracticeTimelineItem({ practice }: { practice: SharedPractice }) {
  return (
    <li>
      <strong>{practice.skillName}</strong>, {formatDateTime(practice.practicedAt)}: distress{' '}
      {practice.sudsBefore} → {practice.sudsAfter}
      {practice.note && <p className="worksheet-card__thought">{practice.note}</p>}
    </li>
  );
}
