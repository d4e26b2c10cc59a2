import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { DateField } from '../measures/DateField.tsx';
import { useRefreshMyGoals, type NewGoal } from './goals-api.ts';
import { namesIn, useMyValues } from './values/values-api.ts';

/** The SMART prompts, in our own words; every one but the name may be left blank. */
export const smartPrompts = [
  { key: 'specific', label: 'Specific: what exactly do you want to do? (optional)' },
  { key: 'measurable', label: 'Measurable: how will you know you have done it? (optional)' },
  { key: 'achievable', label: 'Achievable: what makes it possible for you now? (optional)' },
  { key: 'relevant', label: 'Relevant: why does it matter to you? (optional)' },
  { key: 'timeBound', label: 'Time-bound: by when? (optional)' },
] as const;

type SmartKey = (typeof smartPrompts)[number]['key'];
interface StepDraft {
  id: string;
  text: string;
  dueOn: string;
}

const emptyAnswers = (): Record<SmartKey, string> => ({
  specific: '',
  measurable: '',
  achievable: '',
  relevant: '',
  timeBound: '',
});

/**
 * "Add a goal": a short name, the SMART prompts and a few first steps. The id
 * is made once per new goal and kept for every retry, so a goal sent twice is
 * stored once.
 */
export function NewGoalForm() {
  const api = useApi();
  const refresh = useRefreshMyGoals();
  const id = useRef(newSubmissionId());
  const [title, setTitle] = useState('');
  const [answers, setAnswers] = useState(emptyAnswers);
  const [steps, setSteps] = useState<StepDraft[]>([]);
  const [value, setValue] = useState('');
  const values = useMyValues();
  const saved = values.data?.values;
  const valueChoices = saved
    ? [
        ...namesIn(values.data!.cards, saved, 'very-important'),
        ...namesIn(values.data!.cards, saved, 'important'),
      ]
    : [];
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');

  function changeStep(index: number, change: Partial<StepDraft>) {
    setSteps((current) => current.map((step, i) => (i === index ? { ...step, ...change } : step)));
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    if (title.trim() === '') {
      setErrors({ 'content.title': 'Give the goal a short name.' });
      document.getElementById('goal-title')?.focus();
      return;
    }
    const kept = steps.filter((step) => step.text.trim() !== '');
    const body: NewGoal = {
      id: id.current,
      content: { title, ...answers, ...(value === '' ? {} : { value }) },
      steps: kept.map((step) => ({
        id: step.id,
        text: step.text,
        dueOn: step.dueOn === '' ? null : step.dueOn,
        done: false,
      })),
    };
    setErrors({});
    setSending(true);
    try {
      await api.POST('/api/me/goals', { body });
      id.current = newSubmissionId();
      setTitle('');
      setAnswers(emptyAnswers());
      setSteps([]);
      setValue('');
      await refresh();
      setStatus('Goal saved. You can describe what each outcome would look like below it.');
    } catch (error) {
      const path = isApiError(error) ? error.path : undefined;
      const message = isApiError(error) ? error.message : 'It could not be saved. Try again.';
      setErrors(path ? { [path]: message, form: message } : { form: message });
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="section" aria-labelledby="new-goal-title">
      <h2 id="new-goal-title">Add a goal</h2>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          id="goal-title"
          label="Your goal, in a few words"
          value={title}
          onChange={setTitle}
          error={errors['content.title']}
        />
        {smartPrompts.map((prompt) => (
          <TextArea
            key={prompt.key}
            id={`goal-${prompt.key}`}
            label={prompt.label}
            value={answers[prompt.key]}
            onChange={(value) => setAnswers((current) => ({ ...current, [prompt.key]: value }))}
            rows={2}
            error={errors[`content.${prompt.key}`]}
          />
        ))}
        {valueChoices.length > 0 && (
          <SelectField
            id="goal-value"
            label="Which of your values does this goal serve? (optional)"
            value={value}
            onChange={setValue}
            options={[
              { value: '', label: 'None chosen' },
              ...valueChoices.map((name) => ({ value: name, label: name })),
            ]}
            error={errors['content.value']}
          />
        )}
        <fieldset className="fieldset">
          <legend>First steps (optional)</legend>
          {steps.map((step, index) => (
            <div key={step.id} className="goal-step-draft">
              <TextField
                id={`goal-step-${index}`}
                label={`Step ${index + 1}`}
                value={step.text}
                onChange={(text) => changeStep(index, { text })}
                required={false}
                error={errors[`steps.${index}.text`]}
              />
              <DateField
                id={`goal-step-${index}-date`}
                label={`Step ${index + 1}: by when (optional)`}
                value={step.dueOn}
                onChange={(dueOn) => changeStep(index, { dueOn })}
                required={false}
                error={errors[`steps.${index}.dueOn`]}
              />
              <Button
                type="button"
                variant="quiet"
                onClick={() => setSteps((current) => current.filter((_, i) => i !== index))}
              >
                Remove step {index + 1}
              </Button>
            </div>
          ))}
          {steps.length < 20 && (
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                setSteps((current) => [...current, { id: newSubmissionId(), text: '', dueOn: '' }])
              }
            >
              Add a step
            </Button>
          )}
        </fieldset>
        {errors.form && (
          <div className="notice notice--calm" role="alert">
            <p>{errors.form}</p>
          </div>
        )}
        <Button type="submit" busy={sending} busyLabel="Saving…">
          Save goal
        </Button>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
