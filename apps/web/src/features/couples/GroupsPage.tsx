import { Link } from 'react-router';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { useGroups } from './couples-api.ts';
import { jointWorkInWords, kindLabel, namesInWords } from './couples-wording.ts';
import { NewGroupForm } from './NewGroupForm.tsx';
import './couples.css';

/**
 * /therapist/groups and /supervisor/groups: the couples and families whose
 * every member is in one's caseload, with where each stands before joint
 * sessions; a therapist links more.
 */
export function GroupsPage() {
  const user = useSignedInUser();
  const area = user.role === 'supervisor' ? 'supervisor' : 'therapist';
  const groups = useGroups();
  return (
    <>
      <PageTitle>Couples and families</PageTitle>
      <p className="lead">
        Clients linked for joint work. Each member answers on their own; no member sees another’s
        answers.
      </p>
      {groups.isPending && <LoadingState />}
      {groups.isError && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.data && groups.data.groups.length === 0 && (
        <p className="notice notice--empty">No couples or families yet.</p>
      )}
      {groups.data && groups.data.groups.length > 0 && (
        <ul className="group-list">
          {groups.data.groups.map((group) => {
            const state = jointWorkInWords(group.jointWork);
            return (
              <li key={group.id} className="group-list__item">
                <h2 className="group-list__name">
                  <Link to={`/${area}/groups/${group.id}`}>{group.name}</Link>
                </h2>
                <p>
                  {kindLabel(group.kind)}: {namesInWords(group.members.map((m) => m.displayName))}
                </p>
                <p className={group.jointWork === 'ready' ? '' : 'group-list__attention'}>
                  {state.title}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {user.role === 'therapist' && (
        <section className="section">
          <NewGroupForm />
        </section>
      )}
    </>
  );
}
