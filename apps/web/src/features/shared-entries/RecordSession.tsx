import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { Field } from '../../shared/ui/Field.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { sessionDate } from './timeline-summary.ts';

/**
 * The therapist records a session held, so "since last session" starts there.
 * Dates are the client's calendar (the server's `clientToday`), as schedules are.
 */
export function RecordSession({
  clientId,
  clientToday,
}: {
  clientId: string;
  clientToday: string;
}) {
  const api = useApi();
  const queries = useQueryClient();
  const ids = useId();
  const [heldOn, setHeldOn] = useState(clientToday);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setStatus('');
    try {
      const answer = await api.POST('/api/clients/{id}/therapy-sessions', {
        path: { id: clientId },
        body: { id: crypto.randomUUID(), heldOn },
      });
      setStatus(`Session of ${sessionDate(answer.session.heldOn)} recorded.`);
      await queries.invalidateQueries({ queryKey: ['client-timeline', clientId] });
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="record-session" onSubmit={(event) => void submit(event)} noValidate>
      <Field inputId={`${ids}-held-on`} label="Record a session held on">
        {(describedBy) => (
          <input
            id={`${ids}-held-on`}
            type="date"
            className="field__input field__input--short"
            value={heldOn}
            max={clientToday}
            onChange={(event) => setHeldOn(event.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      {failure !== null && (
        <Alert>
          <p>{failure}</p>
        </Alert>
      )}
      <Button type="submit" variant="secondary" busy={busy} busyLabel="Recording…">
        Record session
      </Button>
      <StatusMessage>{status === '' ? null : status}</StatusMessage>
    </form>
  );
}
