/** Paced breathing: a longer breath out than in. Pure, so the timer is easy to test. */
export interface BreathPhase {
  name: 'in' | 'out';
  label: string;
  seconds: number;
}

export const breathPhases: readonly BreathPhase[] = [
  { name: 'in', label: 'Breathe in', seconds: 4 },
  { name: 'out', label: 'Breathe out', seconds: 6 },
];

const cycle = breathPhases.reduce((sum, phase) => sum + phase.seconds, 0);

/**
 * Where the breathing stands after `elapsed` whole seconds: the phase, the
 * second within it (1-based) and how many full breaths are done.
 *
 * @example breathAt(5) // { phase: breathPhases[1], second: 2, breaths: 0 }
 */
export function breathAt(elapsed: number): { phase: BreathPhase; second: number; breaths: number } {
  const breaths = Math.floor(elapsed / cycle);
  let rest = elapsed % cycle;
  for (const phase of breathPhases) {
    if (rest < phase.seconds) return { phase, second: rest + 1, breaths };
    rest -= phase.seconds;
  }
  return { phase: breathPhases[0]!, second: 1, breaths };
}
