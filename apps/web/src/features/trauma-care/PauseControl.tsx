import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../shared/ui/Button.tsx';
import './trauma-care.css';

/** The grounding skill offered after a pause (its key in the skills catalogue). */
export const groundingSkillPath = '/client/skills/grounding-5-4-3-2-1';

type PauseState = 'working' | 'saving' | 'saved' | 'not-saved';

/**
 * A way out of a hard worksheet at any moment. The button stays in reach while
 * the client scrolls (sticky only where the screen has room for it, so it
 * never hides what they are reading at large text sizes). Pressing it first
 * waits for `onPause` (the caller keeps the work), then shows a calm panel
 * with grounding and the safety plan, and a way back.
 */
export function PauseControl({ onPause }: { onPause?: () => void | Promise<void> }) {
  const [state, setState] = useState<PauseState>('working');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const open = state === 'saved' || state === 'not-saved';

  const [pauses, setPauses] = useState(0);

  useEffect(() => {
    if (pauses > 0) heading.current?.focus();
  }, [pauses]);

  async function pause() {
    setState('saving');
    try {
      await onPause?.();
      setState('saved');
    } catch {
      setState('not-saved');
    }
    setPauses((n) => n + 1);
  }

  function carryOn() {
    setState('working');
    // Back to where they pressed Pause, so the keyboard does not lose its place.
    requestAnimationFrame(() => button.current?.focus());
  }

  return (
    <>
      <div className="pause-control">
        <button
          ref={button}
          type="button"
          className="button button--secondary pause-control__button"
          aria-disabled={state === 'saving' || undefined}
          aria-expanded={open}
          onClick={() => {
            if (state !== 'saving') void pause();
          }}
        >
          {state === 'saving' ? 'Saving…' : 'Pause – I need to stop'}
        </button>
      </div>
      {open && (
        <section className="pause-panel" aria-labelledby={headingId}>
          <h2 id={headingId} ref={heading} tabIndex={-1} className="pause-panel__title">
            You have stopped. That is fine.
          </h2>
          <p>
            {state === 'saved'
              ? 'What you have written so far is saved. You can come back to it later, or never.'
              : 'We could not save just now. What you wrote is still on this screen, so nothing is lost yet.'}
          </p>
          <p>If you feel stirred up, these may help you settle:</p>
          <ul className="pause-panel__links">
            <li>
              <Link to={groundingSkillPath}>Ground yourself with your senses (5-4-3-2-1)</Link>
            </li>
            <li>
              <Link to="/client/safety-plan">Open your safety plan</Link>
            </li>
          </ul>
          <p className="button-row">
            <Button variant="primary" onClick={carryOn}>
              Carry on when you are ready
            </Button>
          </p>
        </section>
      )}
    </>
  );
}

/**
 * A short, gentle note shown before a worksheet that may touch painful
 * memories, so the client knows they set the pace.
 */
export function ContentNote({ children }: { children: ReactNode }) {
  return (
    <div className="content-note" role="note">
      <p className="content-note__title">Before you start</p>
      {children}
      <p>
        You are in charge of the pace. You can press “Pause – I need to stop” at any moment; what
        you have written is kept.
      </p>
    </div>
  );
}
