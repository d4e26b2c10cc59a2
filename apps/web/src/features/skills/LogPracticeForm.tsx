import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { sendOrQueue } from '../../shared/offline/outbox.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import type { Skill } from './skill-library.ts';
import { mySkillsSummaryKey } from './skills-api.ts';
import { readSuds } from './suds.ts';

type Visibility = 'private' | 'shared';

/**
 * "Log a practice": distress before and after (0–100), an optional note and
 * who may see it. The id is made for each new practice and kept for every
 * retry, so a practice sent twice is stored once.
 */
export function LogPracticeForm({ skill }: { skill: Skill }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useRef(newSubmissionId());
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [note, setNote] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('private');
  const [errors, setErrors] = useState<{ before?: string; after?: string; form?: string }>({});
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const b = readSuds(before);
    const a = readSuds(after);
    const problems = {
      ...('problem' in b ? { before: b.problem } : {}),
      ...('problem' in a ? { after: a.problem } : {}),
    };
    setErrors(problems);
    setStatus('');
    if ('problem' in b || 'problem' in a) {
      document.getElementById(problems.before ? 'suds-before' : 'suds-after')?.focus();
      return;
    }
    const body = {
      id: id.current,
      skill: skill.key,
      practicedAt: new Date().toISOString(),
      sudsBefore: b.value,
      sudsAfter: a.value,
      note: note.trim() === '' ? null : note,
      visibility,
    };
    setSending(true);
    try {
      const result = await sendOrQueue(api, {
        id: body.id,
        path: '/api/me/skill-practices',
        body,
        label: `${skill.name}, practice`,
      });
      id.current = newSubmissionId();
      setBefore('');
      setAfter('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: mySkillsSummaryKey });
      setStatus(
        result.state === 'sent'
          ? 'Practice saved.'
          : 'Saved on this device. It will be sent when you are back online.',
      );
    } catch (error) {
      setErrors({ form: isApiError(error) ? error.message : 'It could not be saved. Try again.' });
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="section" aria-labelledby="log-practice-title">
      <h2 id="log-practice-title">Log a practice</h2>
      <p>
        Rate your distress from 0 (calm) to 100 (the worst you can imagine), before and after
        practising.
      </p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          id="suds-before"
          label="Distress before (0–100)"
          value={before}
          onChange={setBefore}
          inputMode="numeric"
          error={errors.before}
        />
        <TextField
          id="suds-after"
          label="Distress after (0–100)"
          value={after}
          onChange={setAfter}
          inputMode="numeric"
          error={errors.after}
        />
        <TextArea
          id="practice-note"
          label="A note (optional)"
          value={note}
          onChange={setNote}
          rows={3}
        />
        <ChoiceGroup
          name="practice-visibility"
          legend="Who can see this practice?"
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
          Save practice
        </Button>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
