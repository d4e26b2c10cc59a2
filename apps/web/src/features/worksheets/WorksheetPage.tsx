import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
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
import { phaseAfterFailure } from '../questionnaire/submit-outcome.ts';
import type { SubmitPhase } from '../questionnaire/submit-outcome.ts';
import { ratingChanges } from '../questionnaire/worksheet-marks.ts';
import type { RatingChange } from '../questionnaire/worksheet-marks.ts';
import { ContentNote, PauseControl } from '../trauma-care/PauseControl.tsx';
import { RatingChanges } from './RatingChanges.tsx';
import { worksheetKind } from './worksheet-catalogue.ts';
import type { WorksheetKind } from './worksheet-catalogue.ts';
import { dropWorksheetDraft, readWorksheetDraft, saveWorksheetDraft } from './worksheet-draft.ts';
import type { WorksheetDraft } from './worksheet-draft.ts';
import { myWorksheetsKey, useWorksheetSheet } from './worksheets-api.ts';
import type { WorksheetSheet } from './worksheets-api.ts';
import './worksheets.css';

interface Finished {
  changes: RatingChange[];
  sent: boolean;
}

/**
 * /client/worksheets/:key: any worksheet, drawn from its definition by the one
 * renderer. What the client types is kept on this device as they go;
 * finishing sends it (or keeps it to send when back online). A worksheet
 * marked trauma-informed starts with a content note and keeps a Pause control
 * in reach on every step.
 */
export function WorksheetPage() {
  const { key = '' } = useParams();
  const kind = worksheetKind(key);
  if (!kind) {
    return (
      <div className="narrow-text">
        <PageTitle>Worksheet not found</PageTitle>
        <p>There is no worksheet at this address.</p>
        <p>
          <Link to="/client/worksheets">See your worksheets</Link>
        </p>
      </div>
    );
  }
  return <KnownWorksheetPage key={kind.key} kind={kind} />;
}

function KnownWorksheetPage({ kind }: { kind: WorksheetKind }) {
  const user = useSignedInUser();
  const owner = outboxOwner(user);
  const sheet = useWorksheetSheet(kind.key);
  const [draft, setDraft] = useState<WorksheetDraft | null>(null);

  useEffect(() => {
    let live = true;
    void readWorksheetDraft(kind.key, owner).then((saved) => {
      if (live) setDraft(saved ?? { id: newSubmissionId(), answers: {} });
    });
    return () => {
      live = false;
    };
  }, [kind.key, owner]);

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client/worksheets">Your worksheets</Link>
      </p>
      <PageTitle>{kind.title}</PageTitle>
      {sheet.isError && <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />}
      {(sheet.isPending || draft === null) && !sheet.isError && <LoadingState />}
      {sheet.data && draft !== null && (
        <WorksheetSteps kind={kind} sheet={sheet.data} owner={owner} draft={draft} />
      )}
    </div>
  );
}

function WorksheetSteps({
  kind,
  sheet,
  owner,
  draft,
}: {
  kind: WorksheetKind;
  sheet: WorksheetSheet;
  owner: string;
  draft: WorksheetDraft;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { model } = sheet;
  const id = useRef(draft.id);
  const latest = useRef<Answers>(draft.answers);
  const [phase, setPhase] = useState<SubmitPhase>({ kind: 'editing' });
  const [attempt, setAttempt] = useState(0);
  const [finished, setFinished] = useState<Finished | null>(null);

  function keep(answers: Answers) {
    latest.current = answers;
    return saveWorksheetDraft(kind.key, owner, { id: id.current, answers });
  }

  async function finish(answers: Answers) {
    setAttempt((n) => n + 1);
    setPhase({ kind: 'sending' });
    const body = {
      id: id.current,
      worksheet: kind.key,
      answers: answersToSend(model, answers),
      visibility: 'private' as const,
    };
    try {
      const result = await sendOrQueue(api, {
        id: body.id,
        path: '/api/me/worksheets',
        body,
        label: `${kind.title}, ${formatDateTime(new Date().toISOString())}`,
      });
      await dropWorksheetDraft(kind.key, owner);
      void queryClient.invalidateQueries({ queryKey: myWorksheetsKey });
      setFinished({ changes: ratingChanges(model, answers), sent: result.state === 'sent' });
    } catch (error) {
      // Stored nothing: the same id may go again, unless the server says it is taken.
      if (isApiError(error) && error.code === 'SUBMISSION_ID_REUSED') {
        id.current = newSubmissionId();
        void keep(answers);
      }
      setPhase(phaseAfterFailure(error));
    }
  }

  if (finished) return <WorksheetDone kind={kind} finished={finished} />;

  return (
    <>
      {sheet.traumaInformed && (
        <ContentNote>
          <p>
            This worksheet may bring up painful memories or strong feelings. Go only as far as feels
            manageable today; you do not need to write every detail.
          </p>
        </ContentNote>
      )}
      {sheet.traumaInformed && <PauseControl onPause={() => keep(latest.current)} />}
      <p className="lead">
        Take your time; what you type is kept on this device until you finish. Only you will see it
        unless you choose to share it.
      </p>
      <PendingOutbox />
      <QuestionnaireForm
        model={model}
        initialAnswers={draft.answers}
        onAnswersChange={(answers) => void keep(answers)}
        onSubmit={(answers) => void finish(answers)}
        phase={phase}
        attempt={attempt}
      />
    </>
  );
}

function WorksheetDone({ kind, finished }: { kind: WorksheetKind; finished: Finished }) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="section" aria-labelledby="worksheet-done">
      <h2 id="worksheet-done" ref={heading} tabIndex={-1}>
        Well done for working it through
      </h2>
      {finished.changes.length > 0 && (
        <>
          <p>How your ratings changed:</p>
          <RatingChanges changes={finished.changes} />
        </>
      )}
      <p>
        {finished.sent
          ? `Your ${kind.title.toLowerCase()} is saved. Only you can see it; you can share it with your care team from your worksheets.`
          : 'Saved on this device. It will be sent when you are back online.'}
      </p>
      <p className="button-row">
        <Link className="button button--primary" to="/client/worksheets">
          See your worksheets
        </Link>
        <Link className="button button--secondary" to="/client">
          Back to home
        </Link>
      </p>
    </section>
  );
}
