import { useId, useState } from 'react';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { formatDate } from '../../shared/format/format-date.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { gasLevels, signedLevel } from './gas-levels.ts';
import { updateOf, useRefreshMyGoals, type Goal } from './goals-api.ts';
import { GoalRatingsTable } from './GoalRatingsTable.tsx';
import { homeworkOfGoal } from './goal-homework.ts';
import { useMyHomework } from '../homework/homework-api.ts';
import { dayInWords, statusInWords } from '../homework/homework-wording.ts';
import { smartPrompts } from './NewGoalForm.tsx';
import { RateGoalForm } from './RateGoalForm.tsx';
import { ScaleForm } from './ScaleForm.tsx';

const smartNames = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
} as const;

/** One of the client's goals: its words, steps, outcomes, a rating and the ratings so far. */
export function GoalCard({ goal }: { goal: Goal }) {
  const api = useApi();
  const refresh = useRefreshMyGoals();
  const headingId = useId();
  const ratingsId = useId();
  const [editingScale, setEditingScale] = useState(false);
  const [error, setError] = useState('');
  /** A step's new state shows at once, while it is saved. */
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const scale = goal.scales.at(-1);
  const answered = smartPrompts.filter((prompt) => goal.content[prompt.key].trim() !== '');

  async function toggleStep(stepId: string, done: boolean) {
    setError('');
    setTicked((current) => ({ ...current, [stepId]: done }));
    try {
      await api.PUT('/api/me/goals/{goalId}', {
        path: { goalId: goal.id },
        body: updateOf(goal, {
          steps: goal.steps.map((step) => (step.id === stepId ? { ...step, done } : step)),
        }),
      });
      await refresh();
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : 'It could not be saved. Try again.');
    } finally {
      setTicked(({ [stepId]: _, ...rest }) => rest);
    }
  }

  return (
    <section className="goal-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{goal.content.title}</h3>
      {goal.content.value && <p>What it is for: {goal.content.value}</p>}
      {answered.length > 0 && (
        <dl className="goal-card__smart">
          {answered.map((prompt) => (
            <div key={prompt.key}>
              <dt>{smartNames[prompt.key]}</dt>
              <dd>{goal.content[prompt.key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {goal.steps.length > 0 && (
        <fieldset className="fieldset">
          <legend>Steps</legend>
          {goal.steps.map((step) => (
            <CheckboxField
              key={step.id}
              id={`step-${step.id}`}
              label={step.dueOn ? `${step.text} (by ${formatDate(step.dueOn)})` : step.text}
              checked={ticked[step.id] ?? step.done}
              onChange={(done) => void toggleStep(step.id, done)}
            />
          ))}
        </fieldset>
      )}
      <GoalHomework goalId={goal.id} />
      {error && (
        <div className="notice notice--calm" role="alert">
          <p>{error}</p>
        </div>
      )}
      <h4>Outcomes</h4>
      {scale && !editingScale ? (
        <>
          <ul className="goal-card__levels">
            {[...gasLevels].reverse().map((entry) => (
              <li key={entry.key}>
                <strong>{signedLevel(entry.level)}</strong> {entry.name}
                {scale.levels[entry.key] ? `: ${scale.levels[entry.key]}` : ''}
              </li>
            ))}
          </ul>
          <Button type="button" variant="secondary" onClick={() => setEditingScale(true)}>
            Change the outcomes
          </Button>
          <h4>Rate this goal</h4>
          <RateGoalForm goal={goal} onSaved={refresh} />
        </>
      ) : (
        <ScaleForm
          goal={goal}
          onSaved={async () => {
            await refresh();
            setEditingScale(false);
          }}
          {...(scale ? { onCancel: () => setEditingScale(false) } : {})}
        />
      )}
      {goal.ratings.length > 0 && (
        <>
          <h4 id={ratingsId}>
            Ratings so far<VisuallyHidden> for {goal.content.title}</VisuallyHidden>
          </h4>
          <GoalRatingsTable goal={goal} labelledBy={ratingsId} />
        </>
      )}
    </section>
  );
}

/** What the client was given to do for this goal, and how it went: the loop, from their side. */
function GoalHomework({ goalId }: { goalId: string }) {
  const homework = useMyHomework();
  const mine = homeworkOfGoal(homework.data?.homework ?? [], goalId);
  if (mine.length === 0) return null;
  return (
    <>
      <h4>Homework for this goal</h4>
      <ul>
        {mine.map((item) => (
          <li key={item.id}>
            {item.tool.name}, due {dayInWords(item.dueOn)}: {statusInWords(item).toLowerCase()}
          </li>
        ))}
      </ul>
    </>
  );
}
