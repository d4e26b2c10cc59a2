import { useId, useState } from 'react';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { Field } from '../../shared/ui/Field.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { DateField } from '../measures/DateField.tsx';
import { useClientGoals } from '../goals/goals-api.ts';
import {
  useAssignHomework,
  useChangeHomework,
  useClientHomework,
  type ClientHomeworkList,
  type Homework,
} from './homework-api.ts';
import { addDays, dayInWords, statusInWords } from './homework-wording.ts';
import { useToolChoice } from './tool-choice.tsx';

/**
 * For the care team: the client's homework, how each went, and (for the
 * therapist) a form to set more and change or cancel what is waiting.
 */
export function ClientHomeworkSection({
  clientId,
  readOnly,
}: {
  clientId: string;
  readOnly: boolean;
}) {
  const headingId = useId();
  const list = useClientHomework(clientId);
  const [saved, setSaved] = useState('');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Homework</h2>
      <p>
        The client and their care team see each homework, and whether it was done and how helpful it
        was.
      </p>
      {list.isPending && <LoadingState />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          {list.data.homework.length === 0 ? (
            <p className="empty-state">No homework yet.</p>
          ) : (
            <ul className="todo-list">
              {list.data.homework.map((item) => (
                <HomeworkRow
                  key={item.id}
                  clientId={clientId}
                  item={item}
                  today={list.data.today}
                  readOnly={readOnly}
                  onSaved={setSaved}
                />
              ))}
            </ul>
          )}
          {!readOnly && <AssignForm clientId={clientId} data={list.data} onSaved={setSaved} />}
        </>
      )}
      <StatusMessage>{saved}</StatusMessage>
    </section>
  );
}

function HomeworkRow({
  clientId,
  item,
  today,
  readOnly,
  onSaved,
}: {
  clientId: string;
  item: Homework;
  today: string;
  readOnly: boolean;
  onSaved: (text: string) => void;
}) {
  const [changing, setChanging] = useState(false);
  const change = useChangeHomework(clientId);
  return (
    <li className="todo-list__item">
      <h3 className="todo-list__title">{item.tool.name}</h3>
      <p className="todo-list__facts">
        Due {dayInWords(item.dueOn)} · <strong>{statusInWords(item)}</strong>
      </p>
      {item.note && <p>Your note: {item.note}</p>}
      {item.answerNote && (
        <p>
          {item.status === 'done' ? 'How it went' : 'What got in the way'}: {item.answerNote}
        </p>
      )}
      {!readOnly && item.status === 'waiting' && (
        <div className="button-row">
          <Button
            variant="secondary"
            aria-expanded={changing}
            onClick={() => setChanging(!changing)}
          >
            Change<VisuallyHidden> {item.tool.name}</VisuallyHidden>
          </Button>
          <Button
            variant="quiet"
            busy={change.isPending}
            onClick={() =>
              change.mutate(
                { id: item.id, change: { cancel: true } },
                { onSuccess: () => onSaved(`Cancelled: ${item.tool.name}.`) },
              )
            }
          >
            Cancel homework<VisuallyHidden> – {item.tool.name}</VisuallyHidden>
          </Button>
        </div>
      )}
      {changing && (
        <ChangeForm
          clientId={clientId}
          item={item}
          today={today}
          onDone={() => {
            setChanging(false);
            onSaved(`Changed: ${item.tool.name}.`);
          }}
        />
      )}
      {change.isError && <Alert>{messageOf(change.error)}</Alert>}
    </li>
  );
}

function NoteField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Field
      inputId={id}
      label="Note for the client (optional)"
      hint="What to try and why, in a sentence or two."
      error={error}
    >
      {(describedBy) => (
        <textarea
          id={id}
          className="field__input field__input--multiline"
          rows={3}
          maxLength={1000}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

function errorAt(error: unknown, path: string): string | undefined {
  return isApiError(error) && error.path === path ? error.message : undefined;
}

function ChangeForm({
  clientId,
  item,
  today,
  onDone,
}: {
  clientId: string;
  item: Homework;
  today: string;
  onDone: () => void;
}) {
  const id = useId();
  const [dueOn, setDueOn] = useState(item.dueOn < today ? today : item.dueOn);
  const [note, setNote] = useState(item.note ?? '');
  const change = useChangeHomework(clientId);
  const fieldError = errorAt(change.error, 'dueOn') ?? errorAt(change.error, 'note');
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          { id: item.id, change: { dueOn, note: note.trim() === '' ? null : note } },
          { onSuccess: onDone },
        );
      }}
    >
      <DateField
        id={`${id}-due`}
        label="Due on"
        value={dueOn}
        onChange={setDueOn}
        error={errorAt(change.error, 'dueOn')}
      />
      <NoteField
        id={`${id}-note`}
        value={note}
        onChange={setNote}
        error={errorAt(change.error, 'note')}
      />
      {change.isError && !fieldError && <Alert>{messageOf(change.error)}</Alert>}
      <Button type="submit" busy={change.isPending} busyLabel="Saving…">
        Save changes
      </Button>
    </form>
  );
}

function AssignForm({
  clientId,
  data,
  onSaved,
}: {
  clientId: string;
  data: ClientHomeworkList;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const headingId = useId();
  const choice = useToolChoice(data.tools);
  const [dueOn, setDueOn] = useState(addDays(data.today, 7));
  const [note, setNote] = useState('');
  const [submissionId, setSubmissionId] = useState(() => newSubmissionId());
  const assign = useAssignHomework(clientId);
  const goals = useClientGoals(clientId);
  const goalOptions = [
    { value: '', label: 'No particular goal' },
    ...(goals.data?.goals ?? [])
      .filter((goal) => goal.status === 'active')
      .map((goal) => ({ value: goal.id, label: goal.content.title })),
  ];
  const [goalId, setGoalId] = useState('');
  const paths = ['tool.key', 'tool.task', 'dueOn', 'note', 'goalId'];
  const fieldError = paths.some((path) => errorAt(assign.error, path) !== undefined);

  return (
    <form
      className="form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        assign.mutate(
          {
            id: submissionId,
            tool: choice.tool(),
            dueOn,
            note: note.trim() === '' ? null : note,
            goalId: goalId === '' ? null : goalId,
          },
          {
            onSuccess: () => {
              onSaved('Homework set. The client sees it in their To do.');
              setSubmissionId(newSubmissionId());
              setNote('');
              choice.clearTask();
            },
          },
        );
      }}
    >
      <h3 id={headingId}>Set homework</h3>
      {choice.fields(
        id,
        (path) => errorAt(assign.error, path),
        "It opens in the client's To do from today until the due date (two weeks at most).",
      )}
      <DateField
        id={`${id}-due`}
        label="Due on"
        hint={`In the client's calendar. Their today is ${dayInWords(data.today)}.`}
        value={dueOn}
        onChange={setDueOn}
        error={errorAt(assign.error, 'dueOn')}
      />
      <NoteField
        id={`${id}-note`}
        value={note}
        onChange={setNote}
        error={errorAt(assign.error, 'note')}
      />
      {goalOptions.length > 1 && (
        <SelectField
          id={`${id}-goal`}
          label="For which goal (optional)"
          hint="The session review shows it beside the goal's ratings."
          value={goalId}
          options={goalOptions}
          onChange={setGoalId}
          error={errorAt(assign.error, 'goalId')}
        />
      )}
      {assign.isError && !fieldError && <Alert>{messageOf(assign.error)}</Alert>}
      <Button type="submit" busy={assign.isPending} busyLabel="Setting…">
        Set homework
      </Button>
    </form>
  );
}
