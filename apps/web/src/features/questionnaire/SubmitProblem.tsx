import { notSentMessage } from './submit-outcome.ts';
import type { SubmitPhase } from './submit-outcome.ts';

/**
 * Why the answers are not submitted, said calmly (no red: the person may be
 * unwell, and nothing is lost). role="alert" so it is announced at once.
 */
export function SubmitProblem({ phase, attempt }: { phase: SubmitPhase; attempt: number }) {
  if (phase.kind !== 'not-sent' && phase.kind !== 'refused') return null;
  return (
    <div className="notice notice--calm" role="alert" key={attempt}>
      <p>{phase.kind === 'not-sent' ? notSentMessage : phase.message}</p>
    </div>
  );
}
