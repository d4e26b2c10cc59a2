import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { gasLevels, signedLevel } from './gas-levels.ts';
import type { Goal, ScaleLevels } from './goals-api.ts';

const blank: ScaleLevels = { muchLess: '', less: '', expected: '', more: '', muchMore: '' };

/**
 * The goal's attainment scale: what each outcome would look like, in the
 * client's words. The expected outcome is needed before any rating.
 */
export function ScaleForm({
  goal,
  onSaved,
  onCancel,
}: {
  goal: Goal;
  onSaved: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const api = useApi();
  const current = goal.scales.at(-1);
  const [levels, setLevels] = useState<ScaleLevels>(current?.levels ?? blank);
  const [error, setError] = useState<{ path?: string; message: string } | null>(null);
  const [sending, setSending] = useState(false);
  const prefix = `scale-${goal.id}`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (levels.expected.trim() === '') {
      setError({ path: 'levels.expected', message: 'Describe the expected outcome.' });
      document.getElementById(`${prefix}-expected`)?.focus();
      return;
    }
    setError(null);
    setSending(true);
    try {
      await api.PUT('/api/me/goals/{goalId}/scale', {
        path: { goalId: goal.id },
        body: { levels },
      });
      await onSaved();
    } catch (caught) {
      setError(
        isApiError(caught)
          ? { ...(caught.path ? { path: caught.path } : {}), message: caught.message }
          : { message: 'It could not be saved. Try again.' },
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
      <p className="hint">
        Describe each outcome so you could tell which one happened. Start with what you expect; the
        others may stay blank.
        {current && ' Changing the words starts a new version; earlier ratings stay with theirs.'}
      </p>
      {[...gasLevels].reverse().map((entry) => (
        <TextField
          key={entry.key}
          id={`${prefix}-${entry.key}`}
          label={`${signedLevel(entry.level)} ${entry.name}${entry.level === 0 ? '' : ' (optional)'}`}
          value={levels[entry.key]}
          onChange={(value) => setLevels((old) => ({ ...old, [entry.key]: value }))}
          required={entry.level === 0}
          error={error?.path === `levels.${entry.key}` ? error.message : undefined}
        />
      ))}
      {error && error.path === undefined && (
        <div className="notice notice--calm" role="alert">
          <p>{error.message}</p>
        </div>
      )}
      <div className="button-row">
        <Button type="submit" busy={sending} busyLabel="Saving…">
          Save the outcomes
        </Button>
        {onCancel && (
          <Button type="button" variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
