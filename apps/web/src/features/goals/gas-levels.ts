import type { ScaleLevels } from './goals-api.ts';

/** The five attainment levels, best last, with the words we show beside each number. */
export const gasLevels = [
  { level: -2, key: 'muchLess', name: 'Much less than expected' },
  { level: -1, key: 'less', name: 'Less than expected' },
  { level: 0, key: 'expected', name: 'What I expect' },
  { level: 1, key: 'more', name: 'More than expected' },
  { level: 2, key: 'muchMore', name: 'Much more than expected' },
] as const satisfies readonly { level: number; key: keyof ScaleLevels; name: string }[];

/** "+2", "0", "−1": a level as a signed number. */
export function signedLevel(level: number): string {
  if (level > 0) return `+${level}`;
  if (level < 0) return `−${Math.abs(level)}`;
  return '0';
}

/** The client's words for a level, or its general name when they left it blank. */
export function levelWords(levels: ScaleLevels | undefined, level: number): string {
  const entry = gasLevels.find((candidate) => candidate.level === level);
  if (!entry) return signedLevel(level);
  const own = levels?.[entry.key]?.trim();
  return own ? own : entry.name;
}
