import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { DateField } from '../measures/DateField.tsx';
import { gasLevels, levelWords, signedLevel } from './gas-levels.ts';
import type { Goal } from './goals-api.ts';

type LevelValue = '-2' | '-1' | '0' | '1' | '2';

/** Another day as midday there; today, or no day, is "now". */
function ratedAtOf(day: string): { ratedAt?: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return {};
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const midday = new Date(year, month - 1, date, 12);
  const today = new Date();
  const isToday =
    today.getFullYear() === year && today.getMonth() === month - 1 && today.getDate() === date;
  // A later day is sent as it is, so the answer can say it cannot be in the future.
  return isToday ? {} : { ratedAt: midday.toISOString() };
}

/** "How is it going?": one of the five outcomes, now. Retried, it is stored once. */
export function RateGoalForm({ goal, onSaved }: { goal: Goal; onSaved: () => Promise<unknown> }) {
  const api = useApi();
  const id = useRef(newSubmissionId());
  const [value, setValue] = useState<LevelValue | null>(null);
  const [error, setError] = useState('');
  const [day, setDay] = useState('');
  const [sending, setSending] = useState(false);
  const levels = goal.scales.at(-1)?.levels;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value === null) {
      setError('Choose the outcome closest to how it is now.');
      return;
    }
    setError('');
    setSending(true);
    try {
      await api.POST('/api/me/goals/{goalId}/ratings', {
        path: { goalId: goal.id },
        body: { id: id.current, level: Number(value), ...ratedAtOf(day) },
      });
      id.current = newSubmissionId();
      setValue(null);
      setDay('');
      await onSaved();
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : 'It could not be saved. Try again.');
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
      <ChoiceGroup<LevelValue>
        name={`rate-${goal.id}`}
        legend="How is it going now?"
        value={value}
        onChange={setValue}
        layout="column"
        options={[...gasLevels].reverse().map((entry) => ({
          value: String(entry.level) as LevelValue,
          label: `${signedLevel(entry.level)}: ${levelWords(levels, entry.level)}`,
        }))}
      />
      <DateField
        id={`rate-${goal.id}-day`}
        label="Rating an earlier day? (optional)"
        hint="Leave empty for today. You can go back up to 60 days."
        value={day}
        onChange={setDay}
        required={false}
      />
      {error && (
        <div className="notice notice--calm" role="alert">
          <p>{error}</p>
        </div>
      )}
      <Button type="submit" busy={sending} busyLabel="Saving…">
        Save rating
      </Button>
    </form>
  );
}
