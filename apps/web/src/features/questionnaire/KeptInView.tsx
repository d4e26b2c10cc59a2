import type { KeptAnswer } from './worksheet-marks.ts';

/** Earlier answers kept in view on later steps (the automatic thought), quoted as written. */
export function KeptInView({ kept }: { kept: readonly KeptAnswer[] }) {
  if (kept.length === 0) return null;
  return (
    <div className="kept-in-view">
      {kept.map((answer) => (
        <figure className="kept-in-view__item" key={answer.linkId}>
          <figcaption className="kept-in-view__label">{answer.label}</figcaption>
          <blockquote className="kept-in-view__words">{answer.words}</blockquote>
        </figure>
      ))}
    </div>
  );
}
