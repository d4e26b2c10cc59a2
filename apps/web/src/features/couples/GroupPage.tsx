import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import {
  useAskSafetyCheck,
  useChangeGroup,
  useGroup,
  useNotePrivateConversation,
  type GroupView,
} from './couples-api.ts';
import { jointWorkInWords, kindLabel, namesInWords } from './couples-wording.ts';
import { GroupHomework } from './GroupHomework.tsx';
import { MemberSection } from './MemberSection.tsx';
import './couples.css';

/**
 * /therapist/groups/:groupId and /supervisor/…: the combined view of a couple
 * or family. Each member's own goal and private safety check side by side,
 * where the group stands before joint sessions, and homework for everyone.
 */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const user = useSignedInUser();
  const readOnly = user.role !== 'therapist';
  const area = readOnly ? 'supervisor' : 'therapist';
  const group = useGroup(groupId);
  return (
    <>
      <p className="back-link">
        <Link to={`/${area}/groups`}>Back to couples and families</Link>
      </p>
      {group.isPending && <LoadingState />}
      {group.isError && <QueryError error={group.error} onRetry={() => void group.refetch()} />}
      {group.data && <CombinedView group={group.data} readOnly={readOnly} area={area} />}
    </>
  );
}

function CombinedView({
  group,
  readOnly,
  area,
}: {
  group: GroupView;
  readOnly: boolean;
  area: string;
}) {
  const ask = useAskSafetyCheck(group.id);
  const talked = useNotePrivateConversation(group.id);
  const change = useChangeGroup(group.id);
  const navigate = useNavigate();
  const [ending, setEnding] = useState(false);
  const [status, setStatus] = useState('');
  /** Takes the focus after a change that removes the button pressed (a talk alone recorded). */
  const stateTitle = useRef<HTMLParagraphElement>(null);
  const state = jointWorkInWords(group.jointWork);
  const notAsked = group.members.filter((m) => m.safetyCheck.status === 'not-asked');
  const ended = group.endedAt !== null;
  return (
    <>
      <PageTitle>{group.name}</PageTitle>
      <p className="lead">
        {kindLabel(group.kind)}: {namesInWords(group.members.map((m) => m.displayName))}. Each
        member answers on their own. No member sees another’s answers.
      </p>
      {ended ? (
        <p className="notice notice--info">
          This group has ended. What each member wrote stays theirs.
        </p>
      ) : (
        <div className={`notice ${group.jointWork === 'ready' ? 'notice--info' : 'notice--error'}`}>
          <p className="notice__title" ref={stateTitle} tabIndex={-1}>
            {state.title}
          </p>
          <p>{state.detail}</p>
          {!readOnly && notAsked.length > 0 && (
            <Button
              busy={ask.isPending}
              busyLabel="Asking…"
              onClick={() =>
                ask.mutate(
                  notAsked.map((m) => m.clientId),
                  {
                    onSuccess: () =>
                      setStatus(
                        `Asked ${namesInWords(notAsked.map((m) => m.displayName))}. Each sees it on their own Home.`,
                      ),
                  },
                )
              }
            >
              Ask the private safety check
            </Button>
          )}
          {ask.isError && <Alert>{messageOf(ask.error)}</Alert>}
        </div>
      )}
      <StatusMessage>{status}</StatusMessage>
      {talked.isError && <Alert>{messageOf(talked.error)}</Alert>}
      {group.members.map((member) => (
        <MemberSection
          key={member.clientId}
          member={member}
          questions={group.safetyQuestions}
          readOnly={readOnly || ended}
          talking={talked.isPending && talked.variables === member.clientId}
          onTalked={() =>
            talked.mutate(member.clientId, {
              onSuccess: () => {
                setStatus(`Noted: you talked with ${member.displayName} alone.`);
                stateTitle.current?.focus();
              },
            })
          }
        />
      ))}
      <GroupHomework group={group} readOnly={readOnly || ended} />
      {!readOnly && !ended && (
        <section className="section">
          <h2>End this group</h2>
          <p>
            It leaves the list, and members no longer see it. What each member wrote stays theirs.
          </p>
          <Button variant="secondary" onClick={() => setEnding(true)}>
            End this group
          </Button>
          <ConfirmDialog
            open={ending}
            title={`End ${group.name}?`}
            confirmLabel="End the group"
            busy={change.isPending}
            error={change.isError ? messageOf(change.error) : null}
            onCancel={() => setEnding(false)}
            onConfirm={() =>
              change.mutate({ end: true }, { onSuccess: () => void navigate(`/${area}/groups`) })
            }
          >
            <p>Members keep their own answers. This cannot be undone; you can link them again.</p>
          </ConfirmDialog>
        </section>
      )}
    </>
  );
}
