import { useId } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { useMyHomework } from '../homework/homework-api.ts';
import { MyHomework } from '../homework/MyHomework.tsx';
import { useTodo } from './client-measures-api.ts';
import { openUntilText, questionCount } from './open-until.ts';

/** The client's "To do": questionnaires open now, soonest closing first, then homework. */
export function TodoSection() {
  const headingId = useId();
  const todo = useTodo();
  const homework = useMyHomework();
  const noHomework =
    homework.data !== undefined && homework.data.homework.every((h) => h.status !== 'waiting');

  if (todo.data?.todo.length === 0 && noHomework) {
    return (
      <section className="empty-state" aria-labelledby={headingId}>
        <h2 id={headingId} className="empty-state__title">
          Nothing to do right now
        </h2>
        <p>
          When your therapist shares a questionnaire or an exercise with you, it will appear here.
          You can take your time with it.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>To do</h2>
      {todo.isPending && <LoadingState />}
      {todo.isError && <QueryError error={todo.error} onRetry={() => void todo.refetch()} />}
      {todo.data && (
        <ul className="todo-list">
          {todo.data.todo.map((item) => {
            const started = item.draft !== null && Object.keys(item.draft).length > 0;
            return (
              <li className="todo-list__item" key={item.occasionId}>
                <h3 className="todo-list__title">{item.title}</h3>
                <p className="todo-list__facts">
                  {openUntilText(item.closesAt)} · {questionCount(item.itemCount)}
                  {started ? ' · You have started this' : ''}
                </p>
                <Link className="button button--primary" to={`/client/measures/${item.occasionId}`}>
                  {started ? 'Continue' : 'Start'}
                  <VisuallyHidden> {item.title}</VisuallyHidden>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {homework.isError && (
        <QueryError error={homework.error} onRetry={() => void homework.refetch()} />
      )}
      {homework.data && (
        <MyHomework
          homework={homework.data.homework}
          today={homework.data.today}
          headingId={headingId}
        />
      )}
    </section>
  );
}
