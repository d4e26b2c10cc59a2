import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { sendOrQueue } from '../../shared/offline/outbox.ts';
import { outboxOwner } from '../../shared/offline/outbox-rules.ts';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { QuestionnaireForm } from '../questionnaire/QuestionnaireForm.tsx';
import { answersToSend } from '../questionnaire/form-state.ts';
import type { Answers } from '../questionnaire/form-state.ts';
import type { QuestionnaireModel } from '../questionnaire/questionnaire-model.ts';
import { phaseAfterFailure } from '../questionnaire/submit-outcome.ts';
import type { SubmitPhase } from '../questionnaire/submit-outcome.ts';
import { ratingChanges } from '../questionnaire/worksheet-marks.ts';
import type { RatingChange } from '../questionnaire/worksheet-marks.ts';
import { RatingChanges } from './RatingChanges.tsx';
import { dropDraft, readDraft, saveDraft } from './thought-record-draft.ts';
import type { ThoughtRecordDraft } from './thought-record-draft.ts';
import { myWorksheetsKey, useWorksheetModel } from './worksheets-api.ts';
import './worksheets.css';

interface Finished {
  changes: RatingChange[];
  sent: boolean;
}

/**
 * /client/thought-record: the CBT thought record as seven short steps. The id
 * is made when the client starts, and what they type is kept on this device
 * as they go; finishing sends it (or keeps it to send when back online).
 */
export function ThoughtRecordPage() {
  const user = useSignedInUser();
  const owner = outboxOwner(user);
  const model = useWorksheetModel('thought-record');
  const [draft, setDraft] = useState<ThoughtRecordDraft | null>(null);

  useEffect(() => {
    let live = true;
    void readDraft(owner).then((saved) => {
      if (live) setDraft(saved ?? { id: newSubmissionId(), answers: {} });
    });
    return () => {
      live = false;
    };
  }, [owner]);

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client/thought-records">Your thought records</Link>
      </p>
      <PageTitle>Thought record</PageTitle>
      {model.isError && <QueryError error={model.error} onRetry={() => void model.refetch()} />}
      {(model.isPending || draft === null) && !model.isError && <LoadingState />}
      {model.data && draft !== null && (
        <ThoughtRecordSteps model={model.data} owner={owner} draft={draft} />
      )}
    </div>
  );
}

function ThoughtRecordSteps({
  model,
  owner,
  draft,
}: {
  model: QuestionnaireModel;
  owner: string;
  draft: ThoughtRecordDraft;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useRef(draft.id);
  const [phase, setPhase] = useState<SubmitPhase>({ kind: 'editing' });
  const [attempt, setAttempt] = useState(0);
  const [finished, setFinished] = useState<Finished | null>(null);

  async function finish(answers: Answers) {
    setAttempt((n) => n + 1);
    setPhase({ kind: 'sending' });
    const body = {
      id: id.current,
      worksheet: 'thought-record',
      answers: answersToSend(model, answers),
      visibility: 'private' as const,
    };
    try {
      const result = await sendOrQueue(api, {
        id: body.id,
        path: '/api/me/worksheets',
        body,
        label: `Thought record, ${formatDateTime(new Date().toISOString())}`,
      });
      await dropDraft(owner);
      void queryClient.invalidateQueries({ queryKey: myWorksheetsKey });
      setFinished({ changes: ratingChanges(model, answers), sent: result.state === 'sent' });
    } catch (error) {
      // Stored nothing: the same id may go again, unless the server says it is taken.
      if (isApiError(error) && error.code === 'SUBMISSION_ID_REUSED') {
        id.current = newSubmissionId();
        void saveDraft(owner, { id: id.current, answers });
      }
      setPhase(phaseAfterFailure(error));
    }
  }

  if (finished) return <ThoughtRecordDone finished={finished} />;

  return (
    <>
      <p className="lead">
        A few short steps to look at one upsetting moment. Take your time; what you type is kept on
        this device until you finish. Only you will see it unless you choose to share it.
      </p>
      <PendingOutbox />
      <QuestionnaireForm
        model={model}
        initialAnswers={draft.answers}
        onAnswersChange={(answers) => void saveDraft(owner, { id: id.current, answers })}
        onSubmit={(answers) => void finish(answers)}
        phase={phase}
        attempt={attempt}
      />
    </>
  );
}

function ThoughtRecordDone({ finished }: { finished: Finished }) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="section" aria-labelledby="thought-record-done">
      <h2 id="thought-record-done" ref={heading} tabIndex={-1}>
        Well done for working it through
      </h2>
      <p>How your feelings changed:</p>
      <RatingChanges changes={finished.changes} />
      <p>
        {finished.sent
          ? 'Saved. Only you can see it; you can share it with your care team from your thought records.'
          : 'Saved on this device. It will be sent when you are back online.'}
      </p>
      <p className="button-row">
        <Link className="button button--primary" to="/client/thought-records">
          See your thought records
        </Link>
        <Link className="button button--secondary" to="/client">
          Back to home
        </Link>
      </p>
    </section>
  );
}
