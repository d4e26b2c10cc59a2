import { useId, useState } from 'react';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { dayInWords } from '../homework/homework-wording.ts';
import { DateField } from '../measures/DateField.tsx';
import { useRecordSessionReview, type SessionReview } from './session-review-api.ts';

function errorAt(error: unknown, path: string): string | undefined {
  return isApiError(error) && error.path === path ? error.message : undefined;
}

/** "What we decided": the therapist records it; earlier decisions below. Staff only. */
export function DecisionSection({
  clientId,
  review,
  readOnly,
}: {
  clientId: string;
  review: SessionReview;
  readOnly: boolean;
}) {
  const id = useId();
  const headingId = useId();
  const earlierId = useId();
  const [heldOn, setHeldOn] = useState(review.today);
  const [decision, setDecision] = useState('');
  const [submissionId, setSubmissionId] = useState(() => newSubmissionId());
  const [saved, setSaved] = useState('');
  const record = useRecordSessionReview(clientId);
  const fieldError = errorAt(record.error, 'heldOn') ?? errorAt(record.error, 'decision');

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>What we decided</h2>
      {!readOnly && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            record.mutate(
              { id: submissionId, heldOn, decision },
              {
                onSuccess: () => {
                  setSaved('Decision saved. It is listed below, for the care team only.');
                  setDecision('');
                  setSubmissionId(newSubmissionId());
                },
              },
            );
          }}
        >
          <DateField
            id={`${id}-held`}
            label="Session on"
            value={heldOn}
            onChange={setHeldOn}
            error={errorAt(record.error, 'heldOn')}
          />
          <TextArea
            id={`${id}-decision`}
            label="What we decided"
            hint="What to keep, change or stop, and what to look at next time. Only the care team sees it."
            rows={4}
            value={decision}
            onChange={setDecision}
            error={errorAt(record.error, 'decision')}
          />
          {record.isError && !fieldError && <Alert>{messageOf(record.error)}</Alert>}
          <Button type="submit" busy={record.isPending} busyLabel="Saving…">
            Save decision
          </Button>
        </form>
      )}
      <StatusMessage>{saved}</StatusMessage>
      <h3 id={earlierId}>Decisions so far</h3>
      {review.reviews.length === 0 ? (
        <p className="empty-state">No decisions recorded yet.</p>
      ) : (
        <ul className="review-decisions" aria-labelledby={earlierId}>
          {review.reviews.map((item) => (
            <li key={item.id}>
              <p className="review-decisions__meta">
                Session of {dayInWords(item.heldOn)} · {item.createdBy.displayName}
              </p>
              <p className="review-decisions__text">{item.decision}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
