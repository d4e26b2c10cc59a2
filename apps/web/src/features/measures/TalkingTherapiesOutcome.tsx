import { useId } from 'react';
import type { TalkingTherapiesOutcome as Outcome } from './measure-types.ts';
import { formatScore } from './progress-wording.ts';

function yesNo(value: boolean | null): string {
  if (value === null) return 'Does not apply';
  return value ? 'Yes' : 'No';
}

function pair(scores: { baseline: number | null; latest: number | null }): string {
  const show = (v: number | null) => (v === null ? '—' : formatScore(v));
  return `${show(scores.baseline)} → ${show(scores.latest)}`;
}

/** The NHS Talking Therapies outcome of the PHQ-9 and GAD-7 pair, from the server. */
export function TalkingTherapiesOutcome({ outcome }: { outcome: Outcome }) {
  const headingId = useId();
  return (
    <section className="card section" aria-labelledby={headingId}>
      <h2 id={headingId}>NHS Talking Therapies outcome (PHQ-9 and GAD-7)</h2>
      <p className="lead">{outcome.outcome.label}</p>
      <dl className="definition-list">
        <dt>PHQ-9, first → latest</dt>
        <dd>{pair(outcome.phq9)}</dd>
        <dt>GAD-7, first → latest</dt>
        <dd>{pair(outcome.gad7)}</dd>
        <dt>Reliable improvement</dt>
        <dd>{yesNo(outcome.outcome.reliableImprovement)}</dd>
        <dt>Reliable deterioration</dt>
        <dd>{yesNo(outcome.outcome.reliableDeterioration)}</dd>
        <dt>Recovery</dt>
        <dd>{yesNo(outcome.outcome.recovery)}</dd>
        <dt>Reliable recovery</dt>
        <dd>{yesNo(outcome.outcome.reliableRecovery)}</dd>
      </dl>
    </section>
  );
}
