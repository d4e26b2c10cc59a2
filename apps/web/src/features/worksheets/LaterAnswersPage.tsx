import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { QuestionnaireForm } from '../questionnaire/QuestionnaireForm.tsx';
import { answersToSend } from '../questionnaire/form-state.ts';
import type { Answers } from '../questionnaire/form-state.ts';
import type { QuestionnaireModel } from '../questionnaire/questionnaire-model.ts';
import { phaseAfterFailure } from '../questionnaire/submit-outcome.ts';
import type { SubmitPhase } from '../questionnaire/submit-outcome.ts';
import { WorksheetAnswers } from './WorksheetAnswers.tsx';
import { useAddLaterAnswers, useMyWorksheet, useWorksheetSheet } from './worksheets-api.ts';
import type { WorksheetEntry, WorksheetSheet } from './worksheets-api.ts';
import './worksheets.css';

/**
 * /client/worksheets/later/:id: the client comes back to a saved entry and
 * answers the steps marked to answer later (the problem-solving review),
 * with what they wrote before shown above.
 */
export function LaterAnswersPage() {
  const { id = '' } = useParams();
  const entry = useMyWorksheet(id);
  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client/worksheets">Your worksheets</Link>
      </p>
      <PageTitle>
        {entry.data ? `${entry.data.entry.title}: looking back` : 'Looking back'}
      </PageTitle>
      {entry.isPending && <LoadingState />}
      {entry.isError && <QueryError error={entry.error} onRetry={() => void entry.refetch()} />}
      {entry.data && <LaterSheet entry={entry.data.entry} />}
    </div>
  );
}

function LaterSheet({ entry }: { entry: WorksheetEntry }) {
  const sheet = useWorksheetSheet(entry.worksheet);
  if (sheet.isError) return <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <LoadingState />;
  if (sheet.data.later.length === 0) {
    return <p>This worksheet has nothing to add later.</p>;
  }
  return <LaterForm entry={entry} sheet={sheet.data} />;
}

function LaterForm({ entry, sheet }: { entry: WorksheetEntry; sheet: WorksheetSheet }) {
  const add = useAddLaterAnswers();
  const [phase, setPhase] = useState<SubmitPhase>({ kind: 'editing' });
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const later = useMemo(() => new Set(sheet.later), [sheet.later]);
  const model: QuestionnaireModel = useMemo(
    () => ({
      ...sheet.model,
      intro: [],
      outro: [],
      questions: sheet.model.questions.filter((q) => later.has(q.linkId)),
    }),
    [sheet.model, later],
  );
  const before: WorksheetEntry['answers'] = {};
  const initial: Record<string, Answers[string]> = {};
  for (const [linkId, value] of Object.entries(entry.answers)) {
    if (later.has(linkId)) initial[linkId] = value;
    else before[linkId] = value;
  }

  async function send(answers: Answers) {
    setAttempt((n) => n + 1);
    setPhase({ kind: 'sending' });
    try {
      await add.mutateAsync({ id: entry.id, answers: answersToSend(model, answers) });
      setDone(true);
    } catch (error) {
      // Sending the same answers again is safe: the server keeps one entry.
      setPhase(phaseAfterFailure(error));
    }
  }

  if (done) return <LaterDone />;

  return (
    <>
      <details className="worksheet-card__details">
        <summary>What you wrote before</summary>
        <WorksheetAnswers worksheet={entry.worksheet} answers={before} />
      </details>
      <QuestionnaireForm
        model={model}
        initialAnswers={initial}
        onSubmit={(answers) => void send(answers)}
        phase={phase}
        attempt={attempt}
      />
    </>
  );
}

function LaterDone() {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="section" aria-labelledby="later-done">
      <h2 id="later-done" ref={heading} tabIndex={-1}>
        Added to your worksheet
      </h2>
      <p>Looking back like this is how plans get better next time.</p>
      <p className="button-row">
        <Link className="button button--primary" to="/client/worksheets">
          See your worksheets
        </Link>
      </p>
    </section>
  );
}
