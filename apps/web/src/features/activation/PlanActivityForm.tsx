import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { sendOrQueue } from '../../shared/offline/outbox.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { focusElementById } from '../../shared/ui/focus-element.ts';
import { DateField } from '../measures/DateField.tsx';
import { myActivitiesKey, type NewActivity, type Visibility } from './activation-api.ts';
import { ratingWords } from './activation-wording.ts';
import { TimeField } from './TimeField.tsx';
import { ZeroToTenScale } from './ZeroToTenScale.tsx';

type Field = 'title' | 'plannedOn' | 'plannedTime' | 'predictedMastery' | 'predictedPleasure';
type Errors = Partial<Record<Field | 'form', string>>;

const fieldIds: Record<Field, string> = {
  title: 'activity-title',
  plannedOn: 'activity-day',
  plannedTime: 'activity-time',
  predictedMastery: 'activity-predicted-mastery',
  predictedPleasure: 'activity-predicted-pleasure',
};

/**
 * "Plan an activity": what, which day (the client's today to start with), an
 * optional time, a guess of achievement and enjoyment (0–10), and who may see
 * it. The id is made once per activity and kept for every retry, so a plan sent
 * twice is stored once; offline, it waits on the device.
 */
export function PlanActivityForm({ today, startShared }: { today: string; startShared: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useRef(newSubmissionId());
  const [title, setTitle] = useState('');
  const [plannedOn, setPlannedOn] = useState(today);
  const [plannedTime, setPlannedTime] = useState('');
  const [mastery, setMastery] = useState<number | null>(null);
  const [pleasure, setPleasure] = useState<number | null>(null);
  const [visibility, setVisibility] = useState<Visibility>(startShared ? 'shared' : 'private');
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');

  function show(problems: Errors) {
    setErrors(problems);
    const first = (Object.keys(fieldIds) as Field[]).find((field) => problems[field]);
    if (first) focusElementById(fieldIds[first]);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const problems: Errors = {
      ...(title.trim() === '' ? { title: 'Say what you plan to do.' } : {}),
      ...(plannedOn === '' ? { plannedOn: 'Choose a day.' } : {}),
      ...(mastery === null ? { predictedMastery: 'Choose a number from 0 to 10.' } : {}),
      ...(pleasure === null ? { predictedPleasure: 'Choose a number from 0 to 10.' } : {}),
    };
    if (Object.keys(problems).length > 0 || mastery === null || pleasure === null) {
      show(problems);
      return;
    }
    setErrors({});
    const body: NewActivity = {
      id: id.current,
      title: title.trim(),
      plannedOn,
      plannedTime: plannedTime === '' ? null : plannedTime,
      predictedMastery: mastery,
      predictedPleasure: pleasure,
      visibility,
    };
    setSending(true);
    try {
      const result = await sendOrQueue(api, {
        id: body.id,
        path: '/api/me/activities',
        body,
        label: 'Planned activity',
      });
      id.current = newSubmissionId();
      setTitle('');
      setPlannedTime('');
      setMastery(null);
      setPleasure(null);
      void queryClient.invalidateQueries({ queryKey: myActivitiesKey });
      setStatus(
        result.state === 'sent'
          ? 'Planned. You will find it under “Planned”.'
          : 'Saved on this device. It will be sent when you are back online.',
      );
    } catch (error) {
      if (isApiError(error) && error.path && error.path in fieldIds) {
        show({ [error.path as Field]: error.message });
      } else {
        setErrors({
          form: isApiError(error) ? error.message : 'It could not be saved. Try again.',
        });
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="section" aria-labelledby="plan-activity-title">
      <h2 id="plan-activity-title">Plan an activity</h2>
      <p>
        Something small is enough. Before you do it, guess how it will feel; afterwards, say how it
        was.
      </p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          id={fieldIds.title}
          label="What will you do?"
          hint="For example: a short walk, calling a friend, cooking something you like."
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <DateField
          id={fieldIds.plannedOn}
          label="Which day?"
          value={plannedOn}
          onChange={setPlannedOn}
          error={errors.plannedOn}
        />
        <TimeField
          id={fieldIds.plannedTime}
          label="At what time? (optional)"
          value={plannedTime}
          onChange={setPlannedTime}
          error={errors.plannedTime}
        />
        <ZeroToTenScale
          id={fieldIds.predictedMastery}
          legend={ratingWords.achievement.before}
          value={mastery}
          onChange={setMastery}
          error={errors.predictedMastery}
        />
        <ZeroToTenScale
          id={fieldIds.predictedPleasure}
          legend={ratingWords.enjoyment.before}
          value={pleasure}
          onChange={setPleasure}
          error={errors.predictedPleasure}
        />
        <ChoiceGroup
          name="activity-visibility"
          legend="Who can see it?"
          value={visibility}
          onChange={setVisibility}
          layout="column"
          options={[
            { value: 'private', label: 'Only me' },
            { value: 'shared', label: 'Me and my care team' },
          ]}
        />
        {errors.form && (
          <div className="notice notice--calm" role="alert">
            <p>{errors.form}</p>
          </div>
        )}
        <Button type="submit" busy={sending} busyLabel="Saving…">
          Plan it
        </Button>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
