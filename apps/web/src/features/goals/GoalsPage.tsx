import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { GoalCard } from './GoalCard.tsx';
import { useMyGoals } from './goals-api.ts';
import { MyGoalsProgress } from './MyGoalsProgress.tsx';
import { NewGoalForm } from './NewGoalForm.tsx';
import './goals.css';

/** /client/goals: the client's goals, their steps and outcomes, and how each is going. */
export function GoalsPage() {
  const goals = useMyGoals();
  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>My goals</PageTitle>
      <p className="lead">
        Goals you are working towards, the steps on the way, and how close you are getting.
      </p>
      <p>
        Your goals are the work you and your therapist do together, so your care team can see them,
        and your therapist can add to them too.
      </p>
      <section className="section" aria-labelledby="goals-list-title">
        <h2 id="goals-list-title">Your goals</h2>
        {goals.isPending && <LoadingState />}
        {goals.isError && <QueryError error={goals.error} onRetry={() => void goals.refetch()} />}
        {goals.data &&
          (goals.data.goals.length === 0 ? (
            <p className="empty-state">No goals yet. You can add one below.</p>
          ) : (
            goals.data.goals
              .filter((goal) => goal.status === 'active')
              .map((goal) => <GoalCard key={goal.id} goal={goal} />)
          ))}
      </section>
      {goals.data && <MyGoalsProgress goals={goals.data} />}
      <NewGoalForm />
      <p>
        Not sure what to aim for? Sorting <Link to="/client/values">your values and strengths</Link>{' '}
        can help.
      </p>
    </div>
  );
}
