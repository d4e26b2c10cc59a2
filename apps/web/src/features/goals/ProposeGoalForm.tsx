import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';

/**
 * The therapist suggests a goal from the session: a name and, if they like,
 * what it would look like. It appears on the client's goals page, where the
 * client (or the therapist, together with them) writes its outcomes and rates
 * it. The id is made once per suggestion, so a retry stores it once.
 */
export function ProposeGoalForm({ clientId }: { clientId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useRef(newSubmissionId());
  const [title, setTitle] = useState('');
  const [specific, setSpecific] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    if (title.trim() === '') {
      setErrors({ 'content.title': 'Give the goal a short name.' });
      document.getElementById('propose-goal-title')?.focus();
      return;
    }
    setErrors({});
    setSending(true);
    try {
      await api.POST('/api/clients/{id}/goals', {
        path: { id: clientId },
        body: {
          id: id.current,
          content: {
            title,
            specific,
            measurable: '',
            achievable: '',
            relevant: '',
            timeBound: '',
          },
          steps: [],
        },
      });
      id.current = newSubmissionId();
      setTitle('');
      setSpecific('');
      await queryClient.invalidateQueries({ queryKey: ['client-goals', clientId] });
      setStatus('Goal added. The client sees it on their goals page.');
    } catch (caught) {
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
    <>
      <h3>Suggest a goal</h3>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          id="propose-goal-title"
          label="The goal, in a few words"
          value={title}
          onChange={setTitle}
          error={errors['content.title']}
        />
        <TextArea
          id="propose-goal-specific"
          label="What exactly it would mean (optional)"
          value={specific}
          onChange={setSpecific}
          rows={2}
          error={errors['content.specific']}
        />
        {errors.form && (
          <div className="notice notice--calm" role="alert">
            <p>{errors.form}</p>
          </div>
        )}
        <Button type="submit" busy={sending} busyLabel="Saving…">
          Add the goal
        </Button>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </>
  );
}
