import { useId, useState } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxGroup } from '../../shared/ui/CheckboxGroup.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { measureChoices } from '../measures/instrument-availability.ts';
import { usePracticeInstruments } from '../measures/practice-instruments-api.ts';
import { useInstruments } from '../measures/therapist-measures-api.ts';
import { useSaveGoalMeasures, type SessionReview } from './session-review-api.ts';

type Goal = SessionReview['goals'][number];

/**
 * Each goal with the homework set for it and the measures that should move.
 * The therapist links measures here; homework is linked when it is set.
 */
export function GoalLinks({
  clientId,
  review,
  readOnly,
}: {
  clientId: string;
  review: SessionReview;
  readOnly: boolean;
}) {
  const headingId = useId();
  const [saved, setSaved] = useState('');
  const goals = review.goals.filter((goal) => goal.status === 'active');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Goals and what is linked to them</h2>
      {goals.length === 0 ? (
        <p className="empty-state">No active goals yet.</p>
      ) : (
        goals.map((goal) => (
          <GoalLinkCard
            key={goal.id}
            clientId={clientId}
            goal={goal}
            review={review}
            readOnly={readOnly}
            onSaved={setSaved}
          />
        ))
      )}
      <StatusMessage>{saved}</StatusMessage>
    </section>
  );
}

function GoalLinkCard({
  clientId,
  goal,
  review,
  readOnly,
  onSaved,
}: {
  clientId: string;
  goal: Goal;
  review: SessionReview;
  readOnly: boolean;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const names = new Map(review.measures.map((m) => [m.instrumentId, m.name]));
  const homework = review.homework.filter((h) => h.goalId === goal.id);
  const earlier = goal.homeworkIds.length - homework.length;
  return (
    <article className="goal-link" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{goal.title}</h3>
      <p>
        Homework for it:{' '}
        {homework.length === 0 ? 'none in this window' : homework.map((h) => h.name).join(', ')}
        {earlier > 0 ? ` (and ${earlier} earlier)` : ''}.
      </p>
      <p>
        Measures that should move:{' '}
        {goal.measureIds.length === 0
          ? 'none linked yet'
          : goal.measureIds.map((m) => names.get(m) ?? m).join(', ')}
        .
      </p>
      {!readOnly &&
        (editing ? (
          <MeasureLinkForm
            clientId={clientId}
            goal={goal}
            onDone={(text) => {
              setEditing(false);
              if (text !== '') onSaved(text);
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {`Link measures – ${goal.title}`}
          </Button>
        ))}
    </article>
  );
}

function MeasureLinkForm({
  clientId,
  goal,
  onDone,
}: {
  clientId: string;
  goal: Goal;
  onDone: (text: string) => void;
}) {
  const id = useId();
  const instruments = useInstruments();
  const practiceInstruments = usePracticeInstruments();
  const choices = measureChoices(
    instruments.data?.instruments ?? [],
    practiceInstruments.data?.instruments ?? [],
  );
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(goal.measureIds));
  const save = useSaveGoalMeasures(clientId);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { goalId: goal.id, instrumentIds: [...checked] },
          { onSuccess: () => onDone(`Measures linked to ${goal.title}.`) },
        );
      }}
    >
      <CheckboxGroup
        idPrefix={`${id}-measures`}
        legend={`Measures that should move – ${goal.title}`}
        options={choices.map((choice) => ({ id: choice.value, label: choice.label }))}
        checked={checked}
        onToggle={(measure, on) => {
          const next = new Set(checked);
          if (on) next.add(measure);
          else next.delete(measure);
          setChecked(next);
        }}
      />
      {save.isError && <Alert>{messageOf(save.error)}</Alert>}
      <div className="button-row">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save links
        </Button>
        <Button variant="secondary" onClick={() => onDone('')}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
