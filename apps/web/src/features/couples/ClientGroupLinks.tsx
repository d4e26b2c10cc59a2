import { Link } from 'react-router';
import { useGroups } from './couples-api.ts';
import { jointWorkInWords, kindLabel } from './couples-wording.ts';

/** On a client's page: the couples and families they are in, each a link to the combined view. */
export function ClientGroupLinks({ clientId, area }: { clientId: string; area: string }) {
  const groups = useGroups();
  const theirs = (groups.data?.groups ?? []).filter((g) =>
    g.members.some((m) => m.clientId === clientId),
  );
  return theirs.map((group) => (
    <p key={group.id}>
      {kindLabel(group.kind)} work: <Link to={`/${area}/groups/${group.id}`}>{group.name}</Link> (
      {jointWorkInWords(group.jointWork).title.toLowerCase()}).
    </p>
  ));
}
