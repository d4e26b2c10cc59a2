import { useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { messageOf } from '../../shared/api/api-error.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { sendOrQueue } from '../../shared/offline/outbox.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { Field } from '../../shared/ui/Field.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { myCheckInsKey, type CheckInOptions } from './check-in-api.ts';
import {
  emptyDraft,
  moodWords,
  toRequest,
  withTag,
  type CheckInDraft,
  type DraftProblem,
} from './check-in-form.ts';
import { TagPicker } from './TagPicker.tsx';

/** The device remembers whether this person last chose to share (cleared at sign-out with the rest). */
const shareKey = 'tandem.check-in.share';
const rememberedShare = () => {
  try {
    return localStorage.getItem(shareKey) === '1';
  } catch {
    return false;
  }
};

const moods = Array.from({ length: 11 }, (_, mood) => mood);

/** Mood first and alone required: a check-in can take a few seconds. */
export function CheckInForm({ options }: { options: CheckInOptions }) {
  const api = useApi();
  const queries = useQueryClient();
  const ids = useId();
  const [draft, setDraft] = useState<CheckInDraft>(() => emptyDraft(rememberedShare()));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [earlier, setEarlier] = useState(false);
  const moodRef = useRef<HTMLFieldSetElement>(null);
  const set = (change: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setStatus('');
    setFailure(null);
    const request = toRequest(draft, new Date(), () => crypto.randomUUID());
    if ('problem' in request) {
      setProblem(request.problem);
      if (request.problem.field === 'mood') moodRef.current?.querySelector('input')?.focus();
      else document.getElementById(`${ids}-${request.problem.field}`)?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const result = await sendOrQueue(api, {
        id: request.body.id,
        path: '/api/me/check-ins',
        body: request.body,
        label: `Check-in, ${formatDateTime(request.body.occurredAt)}`,
      });
      try {
        localStorage.setItem(shareKey, draft.share ? '1' : '0');
      } catch {
        // Private browsing may refuse storage: the choice is simply not remembered.
      }
      setDraft(emptyDraft(draft.share));
      setEarlier(false);
      setStatus(
        result.state === 'sent'
          ? 'Saved. Thank you for checking in.'
          : 'Saved on this phone. It will be sent when you are back online.',
      );
      await queries.invalidateQueries({ queryKey: myCheckInsKey });
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: DraftProblem['field']) =>
    problem?.field === field ? problem.message : undefined;

  return (
    <form className="check-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset
        ref={moodRef}
        className={errorOf('mood') ? 'mood-scale field--invalid' : 'mood-scale'}
        aria-describedby={errorOf('mood') ? `${ids}-mood-error` : `${ids}-mood-hint`}
      >
        <legend>How is your mood right now?</legend>
        <p className="field__hint" id={`${ids}-mood-hint`}>
          0 is the lowest, 10 the best.
        </p>
        {errorOf('mood') && (
          <p className="field__error" id={`${ids}-mood-error`}>
            <span className="visually-hidden">Error: </span>
            {errorOf('mood')}
          </p>
        )}
        <div className="mood-scale__options">
          {moods.map((mood) => (
            <label key={mood} className="mood-scale__option">
              <input
                type="radio"
                name={`${ids}-mood`}
                value={mood}
                checked={draft.mood === mood}
                onChange={() => set({ mood })}
              />
              <span aria-hidden="true">{mood}</span>
              <span className="visually-hidden">
                {mood}, {moodWords(mood)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="check-in-emotions">
        <legend>Any feelings to name? (optional)</legend>
        <div className="chip-options">
          {options.emotions.map((emotion) => {
            const chosen = draft.emotions[emotion.key] !== undefined;
            return (
              <label key={emotion.key} className="chip-option">
                <input
                  type="checkbox"
                  checked={chosen}
                  onChange={() => {
                    const next = { ...draft.emotions };
                    if (chosen) delete next[emotion.key];
                    else next[emotion.key] = 5;
                    set({ emotions: next });
                  }}
                />
                <span>{emotion.label}</span>
              </label>
            );
          })}
        </div>
        {options.emotions
          .filter((emotion) => draft.emotions[emotion.key] !== undefined)
          .map((emotion) => (
            <Field
              key={emotion.key}
              inputId={`${ids}-strength-${emotion.key}`}
              label={`How strong is “${emotion.label}”?`}
            >
              {() => (
                <select
                  id={`${ids}-strength-${emotion.key}`}
                  className="field__input field__input--short"
                  value={draft.emotions[emotion.key]}
                  onChange={(event) =>
                    set({
                      emotions: { ...draft.emotions, [emotion.key]: Number(event.target.value) },
                    })
                  }
                >
                  {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                    <option key={n} value={n}>
                      {n === 1 ? '1 (a little)' : n === 10 ? '10 (very strong)' : n}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
      </fieldset>

      <Field
        inputId={`${ids}-sleepHours`}
        label="Hours of sleep last night (optional)"
        hint="For example 7 or 6.5."
        error={errorOf('sleepHours')}
      >
        {(describedBy) => (
          <input
            id={`${ids}-sleepHours`}
            className="field__input field__input--short"
            inputMode="decimal"
            value={draft.sleepHours}
            onChange={(event) => set({ sleepHours: event.target.value })}
            aria-invalid={errorOf('sleepHours') ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>

      <TagPicker
        options={options}
        tags={draft.tags}
        onChange={(tags) => set({ tags })}
        add={withTag}
      />

      <Field inputId={`${ids}-note`} label="A note (optional)">
        {(describedBy) => (
          <textarea
            id={`${ids}-note`}
            className="field__input field__input--multiline"
            rows={3}
            maxLength={2000}
            value={draft.note}
            onChange={(event) => set({ note: event.target.value })}
            aria-describedby={describedBy}
          />
        )}
      </Field>

      <div className="check-in-when">
        <CheckboxField
          id={`${ids}-earlier`}
          label="This is about an earlier time"
          checked={earlier}
          onChange={setEarlier}
        />
        {earlier && (
          <Field inputId={`${ids}-when`} label="When was it?" error={errorOf('when')}>
            {(describedBy) => (
              <input
                id={`${ids}-when`}
                type="datetime-local"
                className="field__input field__input--short"
                value={draft.when}
                onChange={(event) => set({ when: event.target.value })}
                aria-invalid={errorOf('when') ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        )}
      </div>

      <CheckboxField
        id={`${ids}-share`}
        label="Share this check-in with my therapist"
        checked={draft.share}
        onChange={(share) => set({ share })}
      />
      <p className="field__hint">
        {draft.share ? 'You and your therapist will see it.' : 'Only you will see it.'}
      </p>

      {failure !== null && (
        <Alert>
          <p>{failure}</p>
        </Alert>
      )}
      <Button type="submit" busy={busy} busyLabel="Saving…">
        Save check-in
      </Button>
      <StatusMessage>{status === '' ? null : status}</StatusMessage>
    </form>
  );
}
