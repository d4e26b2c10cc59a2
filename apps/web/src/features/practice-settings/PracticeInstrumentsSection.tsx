import { useRef, useState } from 'react';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { useConfirmedMutation } from '../../shared/forms/use-confirmed-mutation.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import {
  useImportPracticeInstrument,
  usePracticeInstruments,
  usePreviewPracticeInstrument,
  useRetirePracticeInstrument,
  type PracticeInstrument,
  type ScoringPlan,
} from '../measures/practice-instruments-api.ts';
import { parseQuestionnaireText } from './questionnaire-text.ts';

/** An API refusal with the part of the Questionnaire it concerns. */
function problemText(error: unknown): string {
  const message = messageOf(error);
  return isApiError(error) && error.path ? `${message} (at ${error.path})` : message;
}

/**
 * The practice's own Questionnaires: paste or upload one (FHIR R4 JSON), see
 * what the instrument library will do with it, import it, and retire old
 * versions. Definitions only: no client's answers are shown here.
 */
export function PracticeInstrumentsSection() {
  const list = usePracticeInstruments();
  const preview = usePreviewPracticeInstrument();
  const importing = useImportPracticeInstrument();
  const guard = useSubmitGuard();
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const [plan, setPlan] = useState<ScoringPlan | null>(null);
  const [notice, setNotice] = useState('');
  const [retiring, setRetiring] = useState<PracticeInstrument | null>(null);
  // One id per Questionnaire text, so a retry after a lost answer is the same import.
  const importId = useRef(newSubmissionId());

  const parsed = () => {
    const result = parseQuestionnaireText(text);
    setInputError(result.ok ? undefined : result.message);
    return result.ok ? result.questionnaire : null;
  };
  const changeText = (value: string) => {
    setText(value);
    setPlan(null);
    preview.reset();
    importing.reset();
    importId.current = newSubmissionId();
  };

  return (
    <section aria-labelledby="practice-instruments-heading">
      <h2 id="practice-instruments-heading">Practice instruments</h2>
      <p>
        Import a questionnaire of your own as a FHIR R4 Questionnaire (JSON). Tandem says first how
        it will score it: one it recognises by its LOINC codes is scored as that measure, with its
        bands and risk alerts; any other is only totalled by its own scoring. Each version is kept,
        so earlier answers stay with the version they answered.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const questionnaire = parsed();
          if (!questionnaire || !guard.begin()) return;
          preview.mutate(questionnaire, {
            onSettled: guard.end,
            onSuccess: (answer) => setPlan(answer.plan),
          });
        }}
      >
        <TextArea
          id="practice-questionnaire"
          label="Questionnaire (JSON)"
          hint="Paste it here, or choose a file below. At most 256 KB."
          value={text}
          rows={8}
          onChange={changeText}
          error={inputError}
        />
        <div className="field">
          <label className="field__label" htmlFor="practice-questionnaire-file">
            Or choose a file
          </label>
          <input
            id="practice-questionnaire-file"
            className="field__input"
            type="file"
            accept="application/json,application/fhir+json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void file.text().then(changeText);
            }}
          />
        </div>
        {preview.isError && <Alert>{problemText(preview.error)}</Alert>}
        <Button type="submit" variant="secondary" busy={preview.isPending} busyLabel="Checking…">
          Check what Tandem will do
        </Button>
      </form>
      {plan && (
        <div className="card" role="region" aria-label="What Tandem will do" aria-live="polite">
          <h3>
            {plan.title} (version {plan.version})
          </h3>
          <p>{plan.summary}</p>
          {plan.unmappable.length > 0 && (
            <>
              <p>It carries a known measure&apos;s code but cannot be scored as it, because:</p>
              <ul>
                {plan.unmappable.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          )}
          {importing.isError && <Alert>{problemText(importing.error)}</Alert>}
          <Button
            busy={importing.isPending}
            busyLabel="Importing…"
            onClick={() => {
              const questionnaire = parsed();
              if (!questionnaire || !guard.begin()) return;
              importing.mutate(
                { id: importId.current, questionnaire },
                {
                  onSettled: guard.end,
                  onSuccess: (answer) => {
                    setNotice(`${answer.instrument.title} is imported; therapists can assign it.`);
                    changeText('');
                  },
                },
              );
            }}
          >
            Import
          </Button>
        </div>
      )}
      <h3>Imported</h3>
      {list.isPending && <LoadingState />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.instruments.length === 0 && <p>None yet.</p>}
      {list.data && list.data.instruments.length > 0 && (
        <ul className="instrument-list">
          {list.data.instruments.map((instrument) => (
            <li key={instrument.id} className="card instrument-card">
              <h4 className="instrument-card__title">
                {instrument.title} (version {instrument.version})
              </h4>
              <p>{instrument.summary}</p>
              <p>
                {instrument.url}
                <br />
                Imported {formatDateTime(instrument.importedAt)}
                {instrument.importedBy.name ? ` by ${instrument.importedBy.name}` : ''}.
              </p>
              <p>
                <span className="badge">
                  {instrument.retiredAt
                    ? `Retired ${formatDateTime(instrument.retiredAt)}`
                    : 'Can be assigned'}
                </span>
              </p>
              {!instrument.retiredAt && (
                <Button variant="secondary" onClick={() => setRetiring(instrument)}>
                  Retire
                  <VisuallyHidden>
                    {' '}
                    {instrument.title}, version {instrument.version}
                  </VisuallyHidden>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <RetireDialog
        instrument={retiring}
        onClose={() => setRetiring(null)}
        onRetired={(instrument) => {
          setRetiring(null);
          setNotice(`${instrument.title} version ${instrument.version} is retired.`);
        }}
      />
    </section>
  );
}

function RetireDialog({
  instrument,
  onClose,
  onRetired,
}: {
  instrument: PracticeInstrument | null;
  onClose: () => void;
  onRetired: (instrument: PracticeInstrument) => void;
}) {
  const retire = useConfirmedMutation(useRetirePracticeInstrument());
  return (
    <ConfirmDialog
      open={instrument !== null}
      title="Retire this questionnaire?"
      confirmLabel="Retire"
      busy={retire.busy}
      error={retire.error}
      onConfirm={() => {
        if (instrument) retire.run(instrument.id, { onDone: () => onRetired(instrument) });
      }}
      onCancel={() => retire.cancel(onClose)}
    >
      <p>
        Therapists will no longer be able to assign it. Assignments already made and every answer
        given keep this version, and their scores stay as they are.
      </p>
    </ConfirmDialog>
  );
}
