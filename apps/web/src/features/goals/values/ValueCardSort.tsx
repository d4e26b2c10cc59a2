import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../../shared/api/api-context.ts';
import { isApiError } from '../../../shared/api/api-error.ts';
import { newSubmissionId } from '../../../shared/forms/new-id.ts';
import { whoCanSee } from '../../../shared/format/who-can-see.ts';
import { Button } from '../../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../../shared/ui/ChoiceGroup.tsx';
import { StatusMessage } from '../../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../../shared/ui/TextField.tsx';
import {
  namesIn,
  piles,
  useSetMyValues,
  type ValuePile,
  type ValuesAnswer,
  type Visibility,
} from './values-api.ts';

interface OwnValue {
  id: string;
  name: string;
  pile: ValuePile;
}

/**
 * The card sort: each card goes on one of three piles; the client may add
 * values of their own. Saved as a whole, naming the version it started from,
 * so a sort saved meanwhile on another device is never overwritten unseen.
 */
export function ValueCardSort({
  answer,
  onConflict,
}: {
  answer: ValuesAnswer;
  onConflict: () => void;
}) {
  const api = useApi();
  const setValues = useSetMyValues();
  const saved = answer.values;
  const [sorted, setSorted] = useState<Record<string, ValuePile>>(() =>
    Object.fromEntries((saved?.cards ?? []).map((card) => [card.key, card.pile])),
  );
  const [own, setOwn] = useState<OwnValue[]>(() => saved?.own.map((value) => ({ ...value })) ?? []);
  const [newName, setNewName] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(saved?.visibility ?? 'private');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  const newId = useRef(newSubmissionId());

  const sortedCount = answer.cards.filter((card) => sorted[card.key] !== undefined).length;
  const draft = {
    cards: answer.cards
      .filter((card) => sorted[card.key] !== undefined)
      .map((card) => ({ key: card.key, pile: sorted[card.key]! })),
    own,
  };
  const top = namesIn(answer.cards, draft, 'very-important');

  function addOwn() {
    const name = newName.trim();
    if (name === '') {
      setErrors({ newValue: 'Write the value first.' });
      document.getElementById('own-value-name')?.focus();
      return;
    }
    setErrors({});
    setOwn((current) => [...current, { id: newId.current, name, pile: 'very-important' }]);
    newId.current = newSubmissionId();
    setNewName('');
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setStatus('');
    setSending(true);
    try {
      const next = await api.PUT('/api/me/values', {
        body: { baseVersion: saved?.version ?? 0, ...draft, visibility },
      });
      setValues(next);
      setStatus(`Saved. ${whoCanSee(visibility)} can see your values.`);
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
        onConflict();
        return;
      }
      const message = isApiError(caught) ? caught.message : 'It could not be saved. Try again.';
      setErrors(
        isApiError(caught) && caught.path
          ? { [caught.path]: message, form: message }
          : { form: message },
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
      <section className="section" aria-labelledby="top-values-title">
        <h2 id="top-values-title">Your top values</h2>
        {top.length === 0 ? (
          <p className="empty-state">
            None yet. Values you put on the “Very important” pile appear here.
          </p>
        ) : (
          <ul className="value-list">
            {top.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="sort-cards-title">
        <h2 id="sort-cards-title">Sort the cards</h2>
        <p className="hint">
          For each card, choose how much it matters to you now. There are no right answers, and you
          can leave a card out. {sortedCount} of {answer.cards.length} sorted.
        </p>
        {answer.cards.map((card) => (
          <div className="value-card" key={card.key}>
            <ChoiceGroup<ValuePile>
              name={`value-${card.key}`}
              legend={`${card.name}: ${card.description}`}
              value={sorted[card.key] ?? null}
              onChange={(pile) => setSorted((current) => ({ ...current, [card.key]: pile }))}
              options={piles}
            />
          </div>
        ))}
      </section>

      <section className="section" aria-labelledby="own-values-title">
        <h2 id="own-values-title">Values of your own</h2>
        {own.map((value, index) => (
          <div className="value-card" key={value.id}>
            <ChoiceGroup<ValuePile>
              name={`own-value-${value.id}`}
              legend={value.name}
              value={value.pile}
              onChange={(pile) =>
                setOwn((current) => current.map((v, i) => (i === index ? { ...v, pile } : v)))
              }
              options={piles}
            />
            {errors[`own.${index}.name`] && (
              <p className="field__error">{errors[`own.${index}.name`]}</p>
            )}
            <Button
              type="button"
              variant="quiet"
              onClick={() => setOwn((current) => current.filter((_, i) => i !== index))}
            >
              Remove {value.name}
            </Button>
          </div>
        ))}
        <TextField
          id="own-value-name"
          label="Add a value in your own words (optional)"
          value={newName}
          onChange={setNewName}
          required={false}
          error={errors.newValue}
        />
        <Button type="button" variant="secondary" onClick={addOwn}>
          Add this value
        </Button>
      </section>

      <ChoiceGroup<Visibility>
        name="values-visibility"
        legend="Who can see your values?"
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
        Save my values
      </Button>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
