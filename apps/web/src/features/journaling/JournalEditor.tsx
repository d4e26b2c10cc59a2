import { useId, useState, type FormEvent } from 'react';
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
import { myJournalKey, type JournalEntry } from './journal-api.ts';

const MAX = 20_000;

/**
 * Writes a new entry, or rewrites one (`entry`). A new entry's id is made when
 * it is saved and it goes through the outbox, so it is kept on the phone when
 * there is no connection. Private unless the client ticks "share".
 */
export function JournalEditor({ entry, onDone }: { entry?: JournalEntry; onDone?: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const ids = useId();
  const [body, setBody] = useState(entry?.body ?? '');
  const [share, setShare] = useState(entry?.visibility === 'shared');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setStatus('');
    setFailure(null);
    if (body.trim() === '') {
      setError('Write something first.');
      document.getElementById(`${ids}-body`)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    const visibility = share ? 'shared' : 'private';
    try {
      if (entry) {
        await api.PUT('/api/me/journal/{id}', {
          path: { id: entry.id },
          body: { body, visibility },
        });
        setStatus('Saved.');
      } else {
        const id = crypto.randomUUID();
        const result = await sendOrQueue(api, {
          id,
          path: '/api/me/journal',
          body: { id, body, visibility },
          label: `Journal entry, ${formatDateTime(new Date().toISOString())}`,
        });
        setBody('');
        setStatus(
          result.state === 'sent'
            ? 'Saved.'
            : 'Saved on this phone. It will be sent when you are back online.',
        );
      }
      await queries.invalidateQueries({ queryKey: myJournalKey });
      onDone?.();
    } catch (caught) {
      setFailure(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="journal-editor" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        inputId={`${ids}-body`}
        label={entry ? 'Your entry' : 'Write'}
        hint={
          entry ? undefined : 'Whatever is on your mind. Nobody else sees it unless you share it.'
        }
        error={error}
      >
        {(describedBy) => (
          <textarea
            id={`${ids}-body`}
            className="field__input field__input--multiline"
            rows={entry ? 6 : 8}
            maxLength={MAX}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <CheckboxField
        id={`${ids}-share`}
        label="Share this entry with my therapist"
        checked={share}
        onChange={setShare}
      />
      <p className="field__hint">
        {share ? 'You and your therapist will see it.' : 'Only you will see it.'}
      </p>
      {failure !== null && (
        <Alert>
          <p>{failure}</p>
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {entry ? 'Save changes' : 'Save entry'}
        </Button>
        {entry && onDone && (
          <Button variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
      <StatusMessage>{status === '' ? null : status}</StatusMessage>
    </form>
  );
}
