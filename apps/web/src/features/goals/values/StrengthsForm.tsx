import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../../shared/api/api-context.ts';
import { isApiError } from '../../../shared/api/api-error.ts';
import { newSubmissionId } from '../../../shared/forms/new-id.ts';
import { whoCanSee } from '../../../shared/format/who-can-see.ts';
import { Button } from '../../../shared/ui/Button.tsx';
import { CheckboxGroup } from '../../../shared/ui/CheckboxGroup.tsx';
import { ChoiceGroup } from '../../../shared/ui/ChoiceGroup.tsx';
import { StatusMessage } from '../../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../../shared/ui/TextField.tsx';
import { useSetMyValues, type ValuesAnswer, type Visibility } from './values-api.ts';

/** The client's strengths: picked from a list, and their own added in their words. */
export function StrengthsForm({
  answer,
  onConflict,
}: {
  answer: ValuesAnswer;
  onConflict: () => void;
}) {
  const api = useApi();
  const setValues = useSetMyValues();
  const saved = answer.strengths;
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(saved?.picked ?? []));
  const [own, setOwn] = useState(() => saved?.own.map((strength) => ({ ...strength })) ?? []);
  const [newText, setNewText] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(saved?.visibility ?? 'private');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  const newId = useRef(newSubmissionId());

  function addOwn() {
    const text = newText.trim();
    if (text === '') {
      setErrors({ newStrength: 'Write the strength first.' });
      document.getElementById('own-strength')?.focus();
      return;
    }
    setErrors({});
    setOwn((current) => [...current, { id: newId.current, text }]);
    newId.current = newSubmissionId();
    setNewText('');
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setStatus('');
    setSending(true);
    try {
      const next = await api.PUT('/api/me/strengths', {
        body: {
          baseVersion: saved?.version ?? 0,
          picked: answer.strengthOptions
            .filter((option) => picked.has(option.key))
            .map((option) => option.key),
          own,
          visibility,
        },
      });
      setValues(next);
      setStatus(`Saved. ${whoCanSee(visibility)} can see your strengths.`);
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
        onConflict();
        return;
      }
      setErrors({
        form: isApiError(caught) ? caught.message : 'It could not be saved. Try again.',
      });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
      <CheckboxGroup
        idPrefix="strength"
        legend="Which of these are true of you?"
        hint="Choose as many as you like. Think of what people who know you would say, too."
        options={answer.strengthOptions.map((option) => ({ id: option.key, label: option.name }))}
        checked={picked}
        onToggle={(key, isChecked) =>
          setPicked((current) => {
            const next = new Set(current);
            if (isChecked) next.add(key);
            else next.delete(key);
            return next;
          })
        }
      />
      {own.length > 0 && (
        <ul className="value-list" aria-label="Strengths in your own words">
          {own.map((strength, index) => (
            <li key={strength.id}>
              {strength.text}{' '}
              <Button
                type="button"
                variant="quiet"
                onClick={() => setOwn((current) => current.filter((_, i) => i !== index))}
              >
                Remove {strength.text}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        id="own-strength"
        label="Add a strength in your own words (optional)"
        value={newText}
        onChange={setNewText}
        required={false}
        error={errors.newStrength}
      />
      <Button type="button" variant="secondary" onClick={addOwn}>
        Add this strength
      </Button>
      <ChoiceGroup<Visibility>
        name="strengths-visibility"
        legend="Who can see your strengths?"
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
        Save my strengths
      </Button>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
