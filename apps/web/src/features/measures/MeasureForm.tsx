import { useCallback, useRef, useState } from 'react';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import type { SubmissionAttempt } from '../../shared/forms/submission-id.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QuestionnaireForm } from '../questionnaire/QuestionnaireForm.tsx';
import { SaveStatus } from '../questionnaire/SaveStatus.tsx';
import {
  answersFromDraft,
  answersToSave,
  singleAnswers,
  answersToSend,
  numericAnswers,
} from '../questionnaire/form-state.ts';
import type { Answers } from '../questionnaire/form-state.ts';
import type { QuestionnaireModel } from '../questionnaire/questionnaire-model.ts';
import {
  attemptAfterFailure,
  attemptForSubmit,
  phaseAfterFailure,
} from '../questionnaire/submit-outcome.ts';
import type { SubmitPhase } from '../questionnaire/submit-outcome.ts';
import { useAutosave } from '../questionnaire/use-autosave.ts';
import { useSaveDraft, useSubmitAnswers } from './client-measures-api.ts';
import type { SubmitResult, TodoItem } from './measure-types.ts';
import { openUntilText } from './open-until.ts';
import { toResponseItems } from './practice-response.ts';

/** A draft the server refused (the window closed) is not tried again; a lost connection is. */
const worthRetrying = (error: unknown) => phaseAfterFailure(error).kind === 'not-sent';

interface MeasureFormProps {
  item: TodoItem;
  model: QuestionnaireModel;
  /** A practice instrument's Questionnaire JSON: its answers go as QuestionnaireResponse items. */
  source?: unknown;
  onSubmitted: (result: SubmitResult) => void;
}

/**
 * A measure to fill in: progress is saved as a draft while the person goes,
 * and Submit sends the answers with an id made at the first press and reused
 * on every retry, so a lost answer from the server never stores them twice.
 */
export function MeasureForm({ item, model, source, onSubmitted }: MeasureFormProps) {
  const { mutateAsync: saveDraft } = useSaveDraft(item.occasionId);
  const submit = useSubmitAnswers();
  const guard = useSubmitGuard();
  const { saver, status } = useAutosave(
    useCallback(
      (answers: Answers) => saveDraft(singleAnswers(answersToSave(model, answers))),
      [saveDraft, model],
    ),
    worthRetrying,
  );
  const lastAttempt = useRef<SubmissionAttempt | null>(null);
  const [phase, setPhase] = useState<SubmitPhase>({ kind: 'editing' });
  const [attempt, setAttempt] = useState(0);
  const [initialAnswers] = useState(() => answersFromDraft(model, item.draft));

  function handleSubmit(answers: Answers) {
    if (!guard.begin()) return;
    // The answers go with the submission; a draft saved after it would only be refused.
    saver.cancel();
    const body =
      source === undefined
        ? {
            occasionId: item.occasionId,
            instrumentId: item.instrumentId,
            answers: numericAnswers(answersToSend(model, answers)),
          }
        : {
            occasionId: item.occasionId,
            instrumentId: item.instrumentId,
            item: toResponseItems(source, answersToSend(model, answers)),
          };
    const current = attemptForSubmit(lastAttempt.current, body);
    lastAttempt.current = current;
    setPhase({ kind: 'sending' });
    submit.mutate(
      { id: current.id, ...body },
      {
        onSettled: guard.end,
        onSuccess: (result) => {
          saver.stop();
          lastAttempt.current = null;
          onSubmitted(result);
        },
        onError: (error) => {
          const next = phaseAfterFailure(error);
          lastAttempt.current = attemptAfterFailure(current, next);
          setPhase(next);
          setAttempt((count) => count + 1);
        },
      },
    );
  }

  return (
    <>
      <PageTitle>{item.title}</PageTitle>
      <p className="lead">
        {openUntilText(item.closesAt)}. Take your time: your answers are saved as you go.
      </p>
      <QuestionnaireForm
        model={model}
        initialAnswers={initialAnswers}
        onAnswersChange={saver.schedule}
        onSubmit={handleSubmit}
        phase={phase}
        attempt={attempt}
        saveStatus={<SaveStatus status={status} />}
      />
    </>
  );
}
