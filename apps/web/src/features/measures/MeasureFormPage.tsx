import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { AfterSubmit } from './AfterSubmit.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import {
  usePracticeQuestionnaireSource,
  useQuestionnaire,
  useTodo,
} from './client-measures-api.ts';
import { isPracticeInstrument } from './practice-response.ts';
import type { SubmitResult } from './measure-types.ts';

/** /client/measures/:occasionId — one open measure, then what follows submitting it. */
export function MeasureFormPage() {
  const { occasionId = '' } = useParams();
  const todo = useTodo();
  const [result, setResult] = useState<SubmitResult | null>(null);
  const item = todo.data?.todo.find((entry) => entry.occasionId === occasionId);
  const questionnaire = useQuestionnaire(item?.instrumentId);
  const source = usePracticeQuestionnaireSource(item?.instrumentId);
  const practice = item !== undefined && isPracticeInstrument(item.instrumentId);

  // Kept in this screen only: the answered measure has left the to-do list by now.
  if (result !== null) return <AfterSubmit result={result} />;

  if (todo.isError || questionnaire.isError) {
    return (
      <>
        <PageTitle>Questionnaire</PageTitle>
        {todo.isError ? (
          <QueryError error={todo.error} onRetry={() => void todo.refetch()} />
        ) : (
          <QueryError error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
        )}
      </>
    );
  }
  if (todo.data && item === undefined) {
    return (
      <div className="narrow-text">
        <PageTitle>This questionnaire is not open</PageTitle>
        <p>
          It may have been answered already, or the time to answer it has passed. Nothing is wrong,
          and you do not need to do anything.
        </p>
        <p>
          <Link to="/client">Back to your home page</Link>
        </p>
      </div>
    );
  }
  if (item === undefined || questionnaire.data === undefined || (practice && !source.data)) {
    return (
      <>
        <PageTitle>Questionnaire</PageTitle>
        <LoadingState />
      </>
    );
  }
  return (
    <div className="narrow-text">
      <MeasureForm
        item={item}
        model={questionnaire.data}
        source={practice ? source.data : undefined}
        onSubmitted={setResult}
      />
    </div>
  );
}
