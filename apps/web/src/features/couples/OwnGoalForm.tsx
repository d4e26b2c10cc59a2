import { useId, useState } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { formatDate } from '../../shared/format/format-date.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { useSaveOwnGoal, type MyGroup } from './couples-api.ts';

/** The member's own goal for the joint work: theirs and their therapist's, never the others'. */
export function OwnGoalForm({
  group,
  which = '',
}: {
  group: MyGroup;
  /** Which of several groups, for screen readers (", 2 of 2"): each section's name is its own. */
  which?: string;
}) {
  const id = useId();
  const headingId = useId();
  const save = useSaveOwnGoal(group.id);
  const [text, setText] = useState(group.ownGoal?.text ?? '');
  const [shared, setShared] = useState(group.ownGoal?.sharedWithGroup ?? false);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Your own goal for this work{which && <VisuallyHidden>{which}</VisuallyHidden>}
      </h2>
      <p>
        What do you hope will change? Only you and your therapist see this. The others in this work
        never do.
      </p>
      {group.ownGoal && <p>You last saved it on {formatDate(group.ownGoal.at)}.</p>}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('');
          if (text.trim() === '') {
            setError('Write what you hope will change.');
            document.getElementById(`${id}-goal`)?.focus();
            return;
          }
          setError(undefined);
          save.mutate(
            { id: newSubmissionId(), text, shareWithGroup: shared },
            {
              onSuccess: () =>
                setStatus(
                  shared
                    ? 'Saved. You, your therapist and the others in this work can see it.'
                    : 'Saved. Only you and your therapist can see it.',
                ),
            },
          );
        }}
      >
        <TextArea
          id={`${id}-goal`}
          label="What I hope will change"
          rows={4}
          value={text}
          onChange={setText}
          error={error}
        />
        <CheckboxField
          id={`${id}-share`}
          label="Let the others in this work see my goal"
          checked={shared}
          onChange={setShared}
        />
        {save.isError && <Alert>{messageOf(save.error)}</Alert>}
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save my goal
        </Button>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
