/**
 * The skills a client may log a practice of. Keys are stable (stored); names
 * may be reworded. How each skill is done is written in the web app
 * (features/skills/skill-library.ts), keyed by these keys.
 */
export const skills = [
  { key: 'grounding-5-4-3-2-1', name: 'Grounding with your senses (5-4-3-2-1)' },
  { key: 'paced-breathing', name: 'Paced breathing' },
  { key: 'opposite-action', name: 'Doing the opposite' },
  { key: 'checking-the-facts', name: 'Checking the facts' },
  { key: 'self-soothe', name: 'Soothing your senses' },
  { key: 'cold-water', name: 'Cold water' },
  { key: 'urge-surfing', name: 'Riding the urge' },
  { key: 'radical-acceptance', name: 'Accepting what is' },
  { key: 'pleasant-activity', name: 'Something you enjoy' },
  { key: 'half-smile', name: 'Soft face, open hands' },
] as const;

export type SkillKey = (typeof skills)[number]['key'];

export const skillKeys = skills.map((skill) => skill.key) as [SkillKey, ...SkillKey[]];

const names = new Map<string, string>(skills.map((skill) => [skill.key, skill.name]));

export function skillName(key: string): string {
  return names.get(key) ?? key;
}
