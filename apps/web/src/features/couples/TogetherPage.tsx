import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format/format-date.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { useMyGroups, type MyGroup, type MyGroups } from './couples-api.ts';
import { workTitle } from './couples-wording.ts';
import { OwnGoalForm } from './OwnGoalForm.tsx';
import { AfterSafetyCheck, SafetyCheckForm } from './SafetyCheckForm.tsx';

/**
 * /client/together: the client's own part of their couple or family work.
 * Nothing here is about the others: not their words, not whether they answered.
 */
export function TogetherPage() {
  const groups = useMyGroups();
  const list = groups.data?.groups ?? [];
  const title = list.length === 1 && list[0] ? workTitle(list[0].kind) : 'Your work together';
  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>{title}</PageTitle>
      <p className="lead">
        You answer everything here on your own. No one else in this work sees your answers unless
        you choose to share them.
      </p>
      {groups.isPending && <LoadingState />}
      {groups.isError && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.data && list.length === 0 && (
        <p>You are not in couple or family work at the moment.</p>
      )}
      {groups.data &&
        list.map((group, index) =>
          list.length === 1 ? (
            <GroupPart
              key={group.id}
              group={group}
              questions={groups.data.safetyQuestions}
              which=""
            />
          ) : (
            <section
              key={group.id}
              className="section"
              aria-label={`${workTitle(group.kind)}, ${index + 1} of ${list.length}`}
            >
              <GroupPart
                group={group}
                questions={groups.data.safetyQuestions}
                which={`, ${index + 1} of ${list.length}`}
              />
            </section>
          ),
        )}
    </div>
  );
}

function GroupPart({
  group,
  questions,
  which,
}: {
  group: MyGroup;
  questions: MyGroups['safetyQuestions'];
  which: string;
}) {
  const waiting = group.safetyCheck.asked && group.safetyCheck.answeredAt === null;
  /** Set once answered here: what comes next stays on screen after the list refreshes. */
  const [answered, setAnswered] = useState<{ concern: boolean } | null>(null);
  return (
    <>
      {answered !== null ? (
        <AfterSafetyCheck concern={answered.concern} which={which} />
      ) : (
        waiting && (
          <SafetyCheckForm
            group={group}
            questions={questions}
            which={which}
            onAnswered={(concern) => setAnswered({ concern })}
          />
        )
      )}
      <OwnGoalForm group={group} which={which} />
      {group.sharedWithMe.length > 0 && <SharedWithMe group={group} which={which} />}
      {group.safetyCheck.answeredAt !== null && (
        <p>
          You answered your therapist’s private question on{' '}
          {formatDate(group.safetyCheck.answeredAt)}.
        </p>
      )}
    </>
  );
}

/** The goals the others chose to let this member see; only theirs, in their words. */
function SharedWithMe({ group, which }: { group: MyGroup; which: string }) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        What the others shared with you{which && <VisuallyHidden>{which}</VisuallyHidden>}
      </h2>
      <ul>
        {group.sharedWithMe.map((goal) => (
          <li key={`${goal.displayName}-${goal.at}`}>
            <strong>{goal.displayName}</strong>: {goal.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
