import { useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { focusElementById } from '../../shared/ui/focus-element.ts';
import { DateField } from '../measures/DateField.tsx';
import { useRateActivity, type Activity } from './activation-api.ts';
import { ratingWords } from './activation-wording.ts';
import { ZeroToTenScale } from './ZeroToTenScale.tsx';

type Field = 'doneOn' | 'mastery' | 'pleasure' | 'note';
type Errors = Partial<Record<Field | 'form', string>>;

/**
 * Afterwards: did it happen? If so, on which day and how it was (achievement
 * and enjoyment, 0–10); if not, maybe what got in the way. "Not this time" is
 * an answer like any other. Sending the same answer again changes nothing.
 */
export function RateActivityForm({
  activity,
  today,
  onDone,
  onCancel,
}: {
  activity: Activity;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const rate = useRateActivity();
  const prefix = `rate-${activity.id}`;
  const ids: Record<Field, string> = {
    doneOn: `${prefix}-day`,
    mastery: `${prefix}-mastery`,
    pleasure: `${prefix}-pleasure`,
    note: `${prefix}-note`,
  };
  const [outcome, setOutcome] = useState<'done' | 'not-done' | null>(null);
  const [doneOn, setDoneOn] = useState(activity.plannedOn <= today ? activity.plannedOn : today);
  const [mastery, setMastery] = useState<number | null>(null);
  const [pleasure, setPleasure] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function show(problems: Errors) {
    setErrors(problems);
    const first = (Object.keys(ids) as Field[]).find((field) => problems[field]);
    if (first) focusElementById(ids[first]);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (outcome === null) {
      setErrors({ form: 'Choose whether you did it.' });
      focusElementById(`${prefix}-outcome`);
      return;
    }
    const text = note.trim() === '' ? null : note;
    if (outcome === 'done') {
      const problems: Errors = {
        ...(doneOn === '' ? { doneOn: 'Choose the day you did it.' } : {}),
        ...(mastery === null ? { mastery: 'Choose a number from 0 to 10.' } : {}),
        ...(pleasure === null ? { pleasure: 'Choose a number from 0 to 10.' } : {}),
      };
      if (Object.keys(problems).length > 0 || mastery === null || pleasure === null) {
        show(problems);
        return;
      }
      setErrors({});
      await send({ outcome: 'done', doneOn, mastery, pleasure, note: text });
    } else {
      setErrors({});
      await send({ outcome: 'not-done', note: text });
    }
  }

  async function send(body: Parameters<typeof rate.mutateAsync>[0]['outcome']) {
    try {
      await rate.mutateAsync({ id: activity.id, outcome: body });
      onDone(
        body.outcome === 'done'
          ? `Saved: ${activity.title}. Well done for doing it.`
          : `Saved: ${activity.title}. Thank you for noting it.`,
      );
    } catch (error) {
      if (isApiError(error) && error.path && error.path in ids) {
        show({ [error.path as Field]: error.message });
      } else {
        setErrors({
          form: isApiError(error) ? error.message : 'It could not be saved. Try again.',
        });
      }
    }
  }

  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
      <div id={`${prefix}-outcome`} tabIndex={-1}>
        <ChoiceGroup
          name={`${prefix}-outcome`}
          legend="Did you do it?"
          value={outcome}
          onChange={setOutcome}
          layout="column"
          options={[
            { value: 'done', label: 'Yes, I did it' },
            { value: 'not-done', label: 'Not this time' },
          ]}
        />
      </div>
      {outcome === 'done' && (
        <>
          <DateField
            id={ids.doneOn}
            label="Which day did you do it?"
            value={doneOn}
            onChange={setDoneOn}
            error={errors.doneOn}
          />
          <ZeroToTenScale
            id={ids.mastery}
            legend={ratingWords.achievement.after}
            value={mastery}
            onChange={setMastery}
            error={errors.mastery}
          />
          <ZeroToTenScale
            id={ids.pleasure}
            legend={ratingWords.enjoyment.after}
            value={pleasure}
            onChange={setPleasure}
            error={errors.pleasure}
          />
        </>
      )}
      {outcome !== null && (
        <TextArea
          id={ids.note}
          label={
            outcome === 'done'
              ? 'Anything you noticed? (optional)'
              : 'Anything that got in the way? (optional)'
          }
          value={note}
          onChange={setNote}
          rows={3}
          error={errors.note}
        />
      )}
      {errors.form && (
        <div className="notice notice--calm" role="alert">
          <p>{errors.form}</p>
        </div>
      )}
      <div className="button-row">
        <Button type="submit" busy={rate.isPending} busyLabel="Saving…">
          Save how it went
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Not now
        </Button>
      </div>
    </form>
  );
}
