import { useId, useState } from 'react';
import { Link } from 'react-router';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { Field } from '../../shared/ui/Field.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { focusElementById } from '../../shared/ui/focus-element.ts';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { useAnswerHomework, type Homework } from './homework-api.ts';
import {
  dueInWords,
  entryMadeLabel,
  helpfulnessScale,
  toolLink,
  type HelpfulnessValue,
} from './homework-wording.ts';

/**
 * The client's waiting homework inside "To do": the therapist's note, when it
 * is for, a link that opens the tool, and "I did it" / "Not this time".
 */
export function MyHomework({
  homework,
  today,
  headingId,
}: {
  homework: Homework[];
  today: string;
  /** The To do heading: focus returns there once an answer is saved (the item leaves the list). */
  headingId: string;
}) {
  const [saved, setSaved] = useState('');
  const waiting = homework.filter((item) => item.status === 'waiting');
  return (
    <>
      {waiting.length > 0 && (
        <>
          <p className="todo-list__facts">
            Your care team sees your homework and what you tell them about it.
          </p>
          <ul className="todo-list">
            {waiting.map((item) => (
              <HomeworkItem
                key={item.id}
                item={item}
                today={today}
                onSaved={() => {
                  setSaved(`Saved: ${item.tool.name}. Thank you for letting your therapist know.`);
                  requestAnimationFrame(() => focusElementById(headingId));
                }}
              />
            ))}
          </ul>
        </>
      )}
      <StatusMessage>{saved}</StatusMessage>
    </>
  );
}

type Mode = 'closed' | 'done' | 'not-done';

function HomeworkItem({
  item,
  today,
  onSaved,
}: {
  item: Homework;
  today: string;
  onSaved: () => void;
}) {
  const [mode, setMode] = useState<Mode>('closed');
  const link = toolLink(item.tool.kind, item.tool.key, item.occasionId);
  return (
    <li className="todo-list__item">
      <h3 className="todo-list__title">{item.tool.name}</h3>
      <p className="todo-list__facts">Homework · {dueInWords(item.dueOn, today)}</p>
      {item.tool.kind === 'measure' && !link && (
        <p>The questionnaire opens here in To do before it is due.</p>
      )}
      {item.note && (
        <p>
          <span className="visually-hidden">Your therapist wrote: </span>
          <q>{item.note}</q>
        </p>
      )}
      <div className="button-row">
        {link && (
          // Opened from homework: what the client makes there starts out shared.
          <Link className="button button--secondary" to={link} state={{ fromHomework: true }}>
            Open<VisuallyHidden> {item.tool.name}</VisuallyHidden>
          </Link>
        )}
        <Button
          variant="primary"
          aria-expanded={mode === 'done'}
          onClick={() => setMode(mode === 'done' ? 'closed' : 'done')}
        >
          I did it<VisuallyHidden> – {item.tool.name}</VisuallyHidden>
        </Button>
        <Button
          variant="quiet"
          aria-expanded={mode === 'not-done'}
          onClick={() => setMode(mode === 'not-done' ? 'closed' : 'not-done')}
        >
          Not this time<VisuallyHidden> – {item.tool.name}</VisuallyHidden>
        </Button>
      </div>
      {mode !== 'closed' && <AnswerForm key={mode} item={item} mode={mode} onSaved={onSaved} />}
    </li>
  );
}

function AnswerForm({
  item,
  mode,
  onSaved,
}: {
  item: Homework;
  mode: 'done' | 'not-done';
  onSaved: () => void;
}) {
  const noteId = useId();
  const [helpfulness, setHelpfulness] = useState<HelpfulnessValue | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const made = item.entriesMade;
  // Until the client picks one, the newest entry is offered: To do may still be refreshing
  // (the entry was made a moment ago on another screen) when this form opens.
  const [picked, setLinked] = useState<string | null>(null);
  const linked = picked ?? made[0]?.id ?? 'none';
  const [share, setShare] = useState(true);
  const entry = made.find((candidate) => candidate.id === linked) ?? null;
  const answer = useAnswerHomework();
  const error = answer.error;
  const noteError = isApiError(error) && error.path === 'note' ? error.message : undefined;

  function save() {
    if (mode === 'done' && helpfulness === null) {
      setMissing(true);
      return;
    }
    const text = note.trim() === '' ? null : note;
    answer.mutate(
      {
        id: item.id,
        answer:
          mode === 'done'
            ? {
                outcome: 'done',
                helpfulness: Number(helpfulness),
                note: text,
                entry: entry === null ? null : { kind: entry.kind, id: entry.id, share },
              }
            : { outcome: 'not-done', note: text },
      },
      { onSuccess: onSaved },
    );
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {mode === 'done' ? (
        <>
          <ChoiceGroup
            name={`helpful-${item.id}`}
            legend="How helpful was it?"
            layout="column"
            value={helpfulness}
            options={helpfulnessScale}
            onChange={(value) => {
              setHelpfulness(value);
              setMissing(false);
            }}
          />
          {missing && (
            <p className="field__error" role="alert">
              Choose how helpful it was, then save.
            </p>
          )}
          {made.length > 0 && (
            <>
              <ChoiceGroup
                name={`entry-${item.id}`}
                legend="Which one did you make for it?"
                layout="column"
                value={linked}
                options={[
                  ...made.map((candidate) => ({
                    value: candidate.id,
                    label: entryMadeLabel(candidate.kind, formatDateTime(candidate.at)),
                  })),
                  { value: 'none', label: 'None of these' },
                ]}
                onChange={setLinked}
              />
              {entry !== null && (
                <>
                  <CheckboxField
                    id={`share-${item.id}`}
                    label="Share it with my care team"
                    checked={share}
                    onChange={setShare}
                  />
                  <p className="field__hint">
                    What you make as homework is shared unless you untick this. You can change it
                    later where you made it.
                  </p>
                </>
              )}
            </>
          )}
        </>
      ) : (
        <p>
          That is fine. Some weeks are like that. You can tell your therapist what got in the way,
          if you like.
        </p>
      )}
      <Field
        inputId={noteId}
        label={
          mode === 'done' ? 'Anything you noticed (optional)' : 'What got in the way (optional)'
        }
        error={noteError}
      >
        {(describedBy) => (
          <textarea
            id={noteId}
            className="field__input field__input--multiline"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      {error && !noteError && <Alert>{messageOf(error)}</Alert>}
      <div className="button-row">
        <Button type="submit" busy={answer.isPending} busyLabel="Saving…">
          Save
        </Button>
      </div>
    </form>
  );
}
