import { useEffect, useState } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { breathAt } from './breathing-pace.ts';
import { useReducedMotion } from './use-reduced-motion.ts';

/**
 * A paced-breathing guide. A circle grows and shrinks slowly with the breath
 * (no flashing); with reduced motion the circle stays still and a count is
 * shown instead. Only the change of phase is announced, politely, never each second.
 */
export function BreathingTimer() {
  const reduced = useReducedMotion();
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setElapsed((seconds) => seconds + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const { phase, second, breaths } = breathAt(elapsed);
  const circleClass = [
    'breathing__circle',
    running && !reduced ? `breathing__circle--${phase.name}` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section className="breathing" aria-labelledby="breathing-title">
      <h2 id="breathing-title">Breathe with the guide</h2>
      <p>In for 4, out for 6. Stop whenever you like.</p>
      <div className="breathing__stage">
        <div className={circleClass} aria-hidden="true" />
        <div className="breathing__words">
          <p className="breathing__phase" aria-live="polite">
            {running ? phase.label : ''}
          </p>
          {running && reduced && (
            <p className="breathing__count" data-testid="breathing-count">
              {second} of {phase.seconds}
            </p>
          )}
        </div>
      </div>
      <p className="breathing__breaths">
        {breaths === 0 ? 'No full breaths yet.' : `Full breaths: ${breaths}`}
      </p>
      <Button
        variant={running ? 'secondary' : 'primary'}
        onClick={() => {
          if (!running) setElapsed(0);
          setRunning(!running);
        }}
      >
        {running ? 'Stop' : 'Start breathing'}
      </Button>
    </section>
  );
}
