import { useId } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useActivityMood } from './activation-api.ts';
import { averagesSentences, dayInWords, moodWaitSentence } from './activation-wording.ts';

/**
 * "How your activities went": for each activity done, the guess beside how it
 * was; and, with enough check-ins (the insights' rule), mood on days with an
 * activity done beside days without. What goes together, never what causes
 * what.
 */
export function ActivityMoodView() {
  const headingId = useId();
  const view = useActivityMood();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>How your activities went</h2>
      {view.isPending && <LoadingState />}
      {view.isError && <QueryError error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && (
        <>
          {view.data.averages === null ? (
            <p className="empty-state">
              Once you say how an activity went, you will see here how it compared with your guess.
            </p>
          ) : (
            <>
              {averagesSentences(view.data.averages, view.data.done.length).map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
              <h3>Guess and how it was</h3>
              <ul className="activity-compare">
                {view.data.done.map((item) => (
                  <li key={item.id}>
                    <strong>{item.title}</strong>, {dayInWords(item.doneOn)}: achievement{' '}
                    {item.predictedMastery} → {item.actualMastery}, enjoyment{' '}
                    {item.predictedPleasure} → {item.actualPleasure}
                    <span className="visually-hidden"> (guess, then how it was)</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Your mood on days with activities</h3>
          {view.data.mood.explanation === null ? (
            <p>{moodWaitSentence(view.data.mood)}</p>
          ) : (
            <>
              <p>{view.data.mood.explanation}</p>
              <p className="field__hint">
                From {view.data.mood.daysWithActivity} days with an activity done and{' '}
                {view.data.mood.daysWithout} days without, in the last six months. This shows what
                went together, not what caused what; it is something to talk over with your
                therapist.
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
