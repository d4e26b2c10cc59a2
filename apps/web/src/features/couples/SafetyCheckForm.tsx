import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { CrisisCallButtons } from '../client-home/CrisisCallButtons.tsx';
import { useCrisisResources } from '../client-home/client-home-api.ts';
import {
  useAnswerSafetyCheck,
  type MyGroup,
  type MyGroups,
  type SafetyAnswer,
  type SafetyCheckBody,
} from './couples-api.ts';
import { safetyAnswerOptions } from './couples-wording.ts';

type Answers = Partial<Record<keyof SafetyCheckBody['answers'], SafetyAnswer>>;

/**
 * The private safety check a therapist asks each member before joint
 * sessions. Answered alone; the answers go to the therapist only. Any answer
 * but "no" shows crisis help at once and says the therapist will talk with
 * them alone.
 */
export function SafetyCheckForm({
  group,
  questions,
  onAnswered,
  which = '',
}: {
  group: MyGroup;
  /** Which of several groups, for screen readers (", 2 of 2"). */
  which?: string;
  questions: MyGroups['safetyQuestions'];
  /** With whether the answers ask for a talk alone: the page shows what comes next. */
  onAnswered: (concern: boolean) => void;
}) {
  const id = useId();
  const headingId = useId();
  const answer = useAnswerSafetyCheck(group.id);
  const [answers, setAnswers] = useState<Answers>({});
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [submissionId] = useState(() => newSubmissionId());

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        A private question from your therapist
        {which && <VisuallyHidden>{which}</VisuallyHidden>}
      </h2>
      <p>
        Please answer this on your own, somewhere you can speak freely. Your answers go to your
        therapist only. The others will not see them or know whether you answered.
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const unanswered = questions.find((q) => answers[q.key as keyof Answers] === undefined);
          if (unanswered) {
            setMissing(true);
            document
              .querySelector<HTMLInputElement>(`input[name="${id}-${unanswered.key}"]`)
              ?.focus();
            return;
          }
          setMissing(false);
          answer.mutate(
            {
              id: submissionId,
              answers: answers as SafetyCheckBody['answers'],
              note: note.trim() === '' ? null : note,
            },
            { onSuccess: (result) => onAnswered(result.needsPrivateConversation) },
          );
        }}
      >
        {questions.map((question) => (
          <fieldset className="choice-group choice-group--row" key={question.key}>
            <legend className="choice-group__legend">{question.text}</legend>
            <div className="choice-group__options">
              {safetyAnswerOptions.map((option) => (
                <label className="choice-group__option" key={option.value}>
                  <input
                    type="radio"
                    name={`${id}-${question.key}`}
                    value={option.value}
                    checked={answers[question.key as keyof Answers] === option.value}
                    onChange={() =>
                      setAnswers((current) => ({ ...current, [question.key]: option.value }))
                    }
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <TextArea
          id={`${id}-note`}
          label="Anything you want your therapist alone to know (optional)"
          rows={4}
          value={note}
          onChange={setNote}
        />
        {missing && (
          <Alert>Please answer every question. You can choose “I’d rather not say”.</Alert>
        )}
        {answer.isError && <Alert>{messageOf(answer.error)}</Alert>}
        <Button type="submit" busy={answer.isPending} busyLabel="Sending…">
          Send to my therapist
        </Button>
      </form>
    </section>
  );
}

/** What follows the answers, shown in their place; crisis help first when they ask for a talk alone. */
export function AfterSafetyCheck({ concern, which = '' }: { concern: boolean; which?: string }) {
  const crisis = useCrisisResources();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), []);
  if (!concern) {
    return (
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Thank you{which && <VisuallyHidden>{which}</VisuallyHidden>}
        </h2>
        <p>Your therapist will see your answers. The others in this work will not.</p>
      </section>
    );
  }
  return (
    <section className="section crisis-screen" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Thank you for telling us{which && <VisuallyHidden>{which}</VisuallyHidden>}
      </h2>
      <p className="lead">
        Your therapist will find a time to talk with you alone, before any joint session. The others
        in this work will not see your answers.
      </p>
      <p>
        Tandem is not a crisis service and nobody reads answers as they arrive. If you are in danger
        now, or afraid, please use these:
      </p>
      {crisis.data && <CrisisCallButtons resources={crisis.data} />}
      <p>
        <Link className="button button--secondary" to="/client/safety-plan">
          Open my safety plan
        </Link>
      </p>
    </section>
  );
}
