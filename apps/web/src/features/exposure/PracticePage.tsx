import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { sendOrQueue } from '../../shared/offline/outbox.ts';
import { outboxOwner } from '../../shared/offline/outbox-rules.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { ContentNote, PauseControl } from '../trauma-care/PauseControl.tsx';
import {
  useMyExposurePractices,
  useMyHierarchies,
  useRefreshMyExposure,
  type ExposurePractice,
  type Hierarchy,
  type HierarchyStep,
  type NewExposurePractice,
} from './exposure-api.ts';
import { dropPracticeDraft, readPracticeDraft, savePracticeDraft } from './exposure-draft.ts';
import { AcrossRepetitionsChart, WithinPracticeChart } from './PracticeCharts.tsx';
import {
  emptyPracticeFields,
  readPracticeFields,
  type PracticeFields,
  type PracticeProblems,
} from './practice-form.ts';
import './exposure.css';

/** /client/exposure/:hierarchyId/steps/:stepId: practise one step and see how it went. */
export function PracticePage() {
  const { hierarchyId = '', stepId = '' } = useParams();
  const hierarchies = useMyHierarchies();
  const practices = useMyExposurePractices();
  const hierarchy = hierarchies.data?.hierarchies.find((h) => h.id === hierarchyId);
  const step = hierarchy?.steps.find((s) => s.id === stepId);
  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client/exposure">Back to your hierarchies</Link>
      </p>
      {(hierarchies.isPending || practices.isPending) && <LoadingState />}
      {hierarchies.isError && (
        <QueryError error={hierarchies.error} onRetry={() => void hierarchies.refetch()} />
      )}
      {practices.isError && (
        <QueryError error={practices.error} onRetry={() => void practices.refetch()} />
      )}
      {hierarchies.data && practices.data && (!hierarchy || !step) && (
        <>
          <PageTitle>Step not found</PageTitle>
          <p>This step is not in your hierarchies. Choose one from your hierarchies.</p>
        </>
      )}
      {hierarchy && step && practices.data && (
        <PractiseStep
          key={step.id}
          hierarchy={hierarchy}
          step={step}
          earlier={practices.data.practices.filter((p) => p.stepId === step.id)}
        />
      )}
    </div>
  );
}

function PractiseStep({
  hierarchy,
  step,
  earlier,
}: {
  hierarchy: Hierarchy;
  step: HierarchyStep;
  earlier: ExposurePractice[];
}) {
  const api = useApi();
  const refresh = useRefreshMyExposure();
  const owner = outboxOwner(useSignedInUser());
  const id = useRef(newSubmissionId());
  const [fields, setFields] = useState<PracticeFields>(emptyPracticeFields);
  const latest = useRef(fields);
  const [problems, setProblems] = useState<PracticeProblems>({});
  const [formProblem, setFormProblem] = useState('');
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState<{ body: NewExposurePractice; queued: boolean } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => {
    let live = true;
    void readPracticeDraft(owner).then((draft) => {
      if (!live || !draft || draft.stepId !== step.id) return;
      id.current = draft.id;
      const restored = { ...emptyPracticeFields(), ...(draft.fields as Partial<PracticeFields>) };
      latest.current = restored;
      setFields(restored);
    });
    return () => {
      live = false;
    };
  }, [owner, step.id]);

  useEffect(() => {
    if (saved) resultHeading.current?.focus();
  }, [saved]);

  function update(change: Partial<PracticeFields>) {
    const next = { ...latest.current, ...change };
    latest.current = next;
    setFields(next);
  }

  const keep = () =>
    savePracticeDraft(owner, {
      id: id.current,
      stepId: step.id,
      fields: latest.current as unknown as Record<string, string>,
    });

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormProblem('');
    const read = readPracticeFields(fields, {
      id: id.current,
      hierarchyId: hierarchy.id,
      stepId: step.id,
      practicedAt: new Date().toISOString(),
    });
    if ('problems' in read) {
      setProblems(read.problems);
      const first = Object.keys(read.problems)[0];
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setProblems({});
    setSending(true);
    try {
      const result = await sendOrQueue(api, {
        id: read.body.id,
        path: '/api/me/exposure/practices',
        body: read.body,
        label: 'Exposure practice',
      });
      await dropPracticeDraft(owner);
      id.current = newSubmissionId();
      latest.current = emptyPracticeFields();
      setFields(latest.current);
      await refresh();
      setSaved({ body: read.body, queued: result.state !== 'sent' });
    } catch (error) {
      setFormProblem(isApiError(error) ? error.message : 'It could not be saved. Try again.');
    } finally {
      setSending(false);
    }
  }

  const readings = fields.readings;
  const all =
    saved && !earlier.some((p) => p.id === saved.body.id)
      ? [...earlier, { ...saved.body, recordedAt: saved.body.practicedAt }]
      : earlier;

  return (
    <>
      <PageTitle>{`Practise: ${step.situation}`}</PageTitle>
      <ContentNote>
        <p>
          Facing a feared situation is meant to feel uncomfortable for a while. If it becomes too
          much, you can stop at any time and come back to it later.
        </p>
      </ContentNote>
      <PauseControl onPause={keep} />
      <p className="lead">
        From “{hierarchy.name}”. You expected distress of about {step.predictedSuds} out of 100.
      </p>
      {saved && (
        <section className="section" aria-labelledby="practice-result-title">
          <h2 id="practice-result-title" ref={resultHeading} tabIndex={-1}>
            {saved.queued
              ? 'Saved on this device. It will be sent when you are back online.'
              : 'Practice saved'}
          </h2>
          {saved.body.predicted !== null && saved.body.happened !== null && (
            <dl>
              <dt>What you expected</dt>
              <dd>{saved.body.predicted}</dd>
              <dt>What happened</dt>
              <dd>{saved.body.happened}</dd>
            </dl>
          )}
          <p>
            What you learn comes mostly from noticing where what you feared and what happened
            differ, whether or not your distress went down this time.
          </p>
          <WithinPracticeChart practice={saved.body} />
        </section>
      )}
      {all.length > 0 && (
        <AcrossRepetitionsChart practices={all} title="This step, practice by practice" level={2} />
      )}
      <section className="section" aria-labelledby="practice-form-title">
        <h2 id="practice-form-title">{saved ? 'Record another practice' : 'Record a practice'}</h2>
        <p>Rate distress from 0 (calm) to 100 (the most you can imagine).</p>
        <form className="form" onSubmit={(event) => void send(event)} noValidate>
          <TextArea
            id="practice-predicted"
            label="What do you expect will happen? (optional)"
            value={fields.predicted}
            onChange={(value) => update({ predicted: value })}
            rows={3}
          />
          <TextField
            id="practice-before"
            label="Distress just before you start (0–100)"
            value={fields.sudsBefore}
            onChange={(value) => update({ sudsBefore: value })}
            inputMode="numeric"
            error={problems['practice-before']}
          />
          <TextField
            id="practice-peak"
            label="Highest distress during it (0–100)"
            value={fields.sudsPeak}
            onChange={(value) => update({ sudsPeak: value })}
            inputMode="numeric"
            error={problems['practice-peak']}
          />
          <TextField
            id="practice-after"
            label="Distress at the end (0–100)"
            value={fields.sudsAfter}
            onChange={(value) => update({ sudsAfter: value })}
            inputMode="numeric"
            error={problems['practice-after']}
          />
          <TextField
            id="practice-minutes"
            label="How many minutes it lasted"
            value={fields.minutes}
            onChange={(value) => update({ minutes: value })}
            inputMode="numeric"
            error={problems['practice-minutes']}
          />
          <fieldset className="fieldset">
            <legend>Ratings along the way (optional)</legend>
            {readings.map((reading, index) => (
              <div key={index} className="goal-step-draft">
                <TextField
                  id={`practice-reading-${index}-minute`}
                  label={`Reading ${index + 1}: minute`}
                  value={reading.minute}
                  onChange={(value) =>
                    update({
                      readings: readings.map((r, i) => (i === index ? { ...r, minute: value } : r)),
                    })
                  }
                  inputMode="numeric"
                  error={problems[`practice-reading-${index}-minute`]}
                />
                <TextField
                  id={`practice-reading-${index}-suds`}
                  label={`Reading ${index + 1}: distress (0–100)`}
                  value={reading.suds}
                  onChange={(value) =>
                    update({
                      readings: readings.map((r, i) => (i === index ? { ...r, suds: value } : r)),
                    })
                  }
                  inputMode="numeric"
                  error={problems[`practice-reading-${index}-suds`]}
                />
                <Button
                  variant="quiet"
                  onClick={() => {
                    update({ readings: readings.filter((_, i) => i !== index) });
                    document.getElementById('practice-add-reading')?.focus();
                  }}
                >
                  Remove reading {index + 1}
                </Button>
              </div>
            ))}
            <Button
              id="practice-add-reading"
              variant="secondary"
              onClick={() => {
                update({ readings: [...readings, { minute: '', suds: '' }] });
                requestAnimationFrame(() =>
                  document.getElementById(`practice-reading-${readings.length}-minute`)?.focus(),
                );
              }}
            >
              Add a rating along the way
            </Button>
          </fieldset>
          <TextArea
            id="practice-safety"
            label="Anything you did to feel safer, such as holding on or looking away (optional)"
            value={fields.safetyBehaviours}
            onChange={(value) => update({ safetyBehaviours: value })}
            rows={3}
          />
          <TextArea
            id="practice-happened"
            label="What actually happened? (optional)"
            value={fields.happened}
            onChange={(value) => update({ happened: value })}
            rows={3}
          />
          <TextField
            id="practice-came-true"
            label="How much did what you feared come true? 0 not at all, 100 completely (optional)"
            value={fields.outcomeCameTrue}
            onChange={(value) => update({ outcomeCameTrue: value })}
            inputMode="numeric"
            error={problems['practice-came-true']}
            required={false}
          />
          <ChoiceGroup
            name="practice-visibility"
            legend="Who can see this practice?"
            value={fields.visibility}
            onChange={(value) => update({ visibility: value })}
            layout="column"
            options={[
              { value: 'private', label: 'Only me' },
              { value: 'shared', label: 'Me and my care team' },
            ]}
          />
          {formProblem && (
            <div className="notice notice--calm" role="alert">
              <p>{formProblem}</p>
            </div>
          )}
          <Button type="submit" busy={sending} busyLabel="Saving…">
            Save practice
          </Button>
        </form>
      </section>
    </>
  );
}
