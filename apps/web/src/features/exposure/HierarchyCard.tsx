import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { readSuds } from '../skills/suds.ts';
import { saveOf, type Hierarchy, type HierarchySave, type HierarchyStep } from './exposure-api.ts';
import { applyChange, type HierarchyChange } from './hierarchy-change.ts';

interface HierarchyCardProps {
  hierarchy: Hierarchy;
  /** Saves a change; absent for a reader who may not edit (a supervisor). */
  save?: (body: HierarchySave) => Promise<void>;
  /**
   * The hierarchy as the server now has it (read again after a failed save),
   * for making the same edit on someone else's newer version.
   */
  latest?: () => Hierarchy | undefined;
  /** After the whole hierarchy was set aside (the card then leaves the list). */
  onSetAside?: (hierarchy: Hierarchy) => void;
  /** Where "Practise this step" leads (the client only). */
  practiseHref?: (step: HierarchyStep) => string;
}

const isStale = (error: unknown) => isApiError(error) && error.code === 'HIERARCHY_VERSION_STALE';

function problemOf(error: unknown): string {
  if (isStale(error)) {
    return 'Someone else changed this hierarchy a moment ago, and your change no longer fits it. The latest version is shown now.';
  }
  return isApiError(error) ? error.message : 'It could not be saved. Try again.';
}

/**
 * One hierarchy: its steps in order with the distress each is expected to
 * bring. The client and their therapist add, reorder (with buttons, so the
 * keyboard can do it) and retire steps. A change saved by the other person in
 * the meantime is never overwritten: the same edit is made again on their
 * version and both are kept (hierarchy-change.ts); when it no longer fits
 * (the step was set aside meanwhile), the card says so and shows the latest.
 */
export function HierarchyCard({
  hierarchy,
  save,
  latest,
  onSetAside,
  practiseHref,
}: HierarchyCardProps) {
  const headingId = useId();
  const prefix = useId();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const focusNext = useRef<string[] | null>(null);
  const live = hierarchy.steps.filter((step) => !step.retired);
  const retired = hierarchy.steps.filter((step) => step.retired);

  useEffect(() => {
    const ids = focusNext.current;
    focusNext.current = null;
    if (ids === null) return;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [hierarchy]);

  /** Saves one edit; after someone else's save, makes it again on their version. */
  async function change(edit: HierarchyChange, done: string, focus: string[]): Promise<boolean> {
    const content = applyChange(hierarchy, edit);
    if (!save || busy || content === null) return false;
    setBusy(true);
    setProblem('');
    setStatus('');
    focusNext.current = focus;
    try {
      await save(saveOf(hierarchy, content));
      setStatus(done);
      if (edit.kind === 'set-hierarchy-aside') onSetAside?.(hierarchy);
      return true;
    } catch (error) {
      const newer = isStale(error) ? latest?.() : undefined;
      const merged = newer ? applyChange(newer, edit) : null;
      let failure = error;
      if (newer && merged) {
        try {
          await save(saveOf(newer, merged));
          setStatus(
            `${done} Someone else had changed this hierarchy a moment ago; both changes are kept.`,
          );
          if (edit.kind === 'set-hierarchy-aside') onSetAside?.(newer);
          return true;
        } catch (again) {
          failure = again;
        }
      }
      focusNext.current = null;
      setProblem(problemOf(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  function moveStep(step: HierarchyStep, by: -1 | 1) {
    const direction = by < 0 ? 'up' : 'down';
    const other = by < 0 ? 'down' : 'up';
    void change({ kind: 'move', stepId: step.id, by }, `Moved “${step.situation}” ${direction}.`, [
      `${prefix}-${step.id}-${direction}`,
      `${prefix}-${step.id}-${other}`,
    ]);
  }

  function setRetired(step: HierarchyStep, value: boolean) {
    void change(
      { kind: 'set-aside', stepId: step.id, retired: value },
      value ? `Set aside “${step.situation}”.` : `Brought back “${step.situation}”.`,
      [`${prefix}-add-situation`],
    );
  }

  return (
    <section className="hierarchy-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{hierarchy.name}</h3>
      {live.length === 0 ? (
        <p>No steps yet. Add the first one below.</p>
      ) : (
        <ol className="hierarchy-steps">
          {live.map((step, index) => (
            <li key={step.id} className="hierarchy-steps__item">
              <span>{step.situation}</span> <span>(expected distress {step.predictedSuds})</span>
              <div className="hierarchy-steps__actions">
                {practiseHref && (
                  <Link
                    className="button button--primary"
                    to={practiseHref(step)}
                    aria-label={`Practise this step: ${step.situation}`}
                  >
                    Practise this step
                  </Link>
                )}
                {save && index > 0 && (
                  <Button
                    id={`${prefix}-${step.id}-up`}
                    variant="secondary"
                    busy={busy}
                    onClick={() => moveStep(step, -1)}
                    aria-label={`Move up: ${step.situation}`}
                  >
                    Move up
                  </Button>
                )}
                {save && index < live.length - 1 && (
                  <Button
                    id={`${prefix}-${step.id}-down`}
                    variant="secondary"
                    busy={busy}
                    onClick={() => moveStep(step, 1)}
                    aria-label={`Move down: ${step.situation}`}
                  >
                    Move down
                  </Button>
                )}
                {save && (
                  <Button
                    variant="quiet"
                    busy={busy}
                    onClick={() => setRetired(step, true)}
                    aria-label={`Set aside: ${step.situation}`}
                  >
                    Set aside
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {retired.length > 0 && (
        <details>
          <summary>Steps set aside ({retired.length})</summary>
          <ul>
            {retired.map((step) => (
              <li key={step.id} className="hierarchy-steps__item hierarchy-steps__item--retired">
                {step.situation} (expected distress {step.predictedSuds}){' '}
                {save && (
                  <Button
                    variant="quiet"
                    busy={busy}
                    onClick={() => setRetired(step, false)}
                    aria-label={`Bring back: ${step.situation}`}
                  >
                    Bring back
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {problem && (
        <div className="notice notice--calm" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {save && (
        <AddStepForm
          prefix={prefix}
          busy={busy}
          onAdd={(step, done) => change({ kind: 'add', step }, done, [`${prefix}-add-situation`])}
        />
      )}
      {save && (
        <p>
          <Button
            variant="quiet"
            busy={busy}
            onClick={() =>
              void change(
                { kind: 'set-hierarchy-aside', retired: true },
                `Set aside “${hierarchy.name}”.`,
                [],
              )
            }
          >
            Set this hierarchy aside
          </Button>
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

function AddStepForm({
  prefix,
  busy,
  onAdd,
}: {
  prefix: string;
  busy: boolean;
  onAdd: (step: HierarchyStep, done: string) => Promise<boolean>;
}) {
  const [situation, setSituation] = useState('');
  const [predicted, setPredicted] = useState('');
  const [errors, setErrors] = useState<{ situation?: string; predicted?: string }>({});

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const suds = readSuds(predicted);
    const problems = {
      ...(situation.trim() === '' ? { situation: 'Describe the situation in a few words.' } : {}),
      ...('problem' in suds ? { predicted: suds.problem } : {}),
    };
    setErrors(problems);
    if (problems.situation || problems.predicted) {
      document
        .getElementById(problems.situation ? `${prefix}-add-situation` : `${prefix}-add-suds`)
        ?.focus();
      return;
    }
    if ('problem' in suds) return;
    const added = await onAdd(
      {
        id: newSubmissionId(),
        situation: situation.trim(),
        predictedSuds: suds.value,
        retired: false,
      },
      `Added “${situation.trim()}”.`,
    );
    if (!added) return;
    setSituation('');
    setPredicted('');
  }

  return (
    <form className="form" onSubmit={(event) => void add(event)} noValidate>
      <h4>Add a step</h4>
      <TextField
        id={`${prefix}-add-situation`}
        label="A situation to face"
        value={situation}
        onChange={setSituation}
        error={errors.situation}
      />
      <TextField
        id={`${prefix}-add-suds`}
        label="Distress you expect (0–100)"
        value={predicted}
        onChange={setPredicted}
        inputMode="numeric"
        error={errors.predicted}
      />
      <Button type="submit" variant="secondary" busy={busy} busyLabel="Saving…">
        Add step
      </Button>
    </form>
  );
}
