import { useEffect, useRef, useState } from 'react';
import { Button } from '../../shared/ui/Button.tsx';

/** 5-4-3-2-1 grounding, one sense at a time; focus moves to each new step so it is read out. */
export function GroundingGuide({ steps }: { steps: readonly string[] }) {
  const [index, setIndex] = useState<number | null>(null);
  const step = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => {
    if (index !== null) step.current?.focus();
  }, [index]);

  const done = index !== null && index >= steps.length;
  return (
    <section className="grounding" aria-labelledby="grounding-title">
      <h2 id="grounding-title">Step by step</h2>
      {index === null ? (
        <p>Go at your own pace. There are no wrong answers.</p>
      ) : done ? (
        <p ref={step} tabIndex={-1} className="grounding__step">
          That is all five. Notice how you feel now.
        </p>
      ) : (
        <>
          <p className="grounding__progress">
            Step {index + 1} of {steps.length}
          </p>
          <p ref={step} tabIndex={-1} className="grounding__step">
            {steps[index]}
          </p>
        </>
      )}
      <div className="button-row">
        {index === null || done ? (
          <Button onClick={() => setIndex(0)}>{done ? 'Start again' : 'Start'}</Button>
        ) : (
          <Button onClick={() => setIndex(index + 1)}>
            {index === steps.length - 1 ? 'Finish' : 'Next'}
          </Button>
        )}
      </div>
    </section>
  );
}
