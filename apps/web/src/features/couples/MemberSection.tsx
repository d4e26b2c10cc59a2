import { useId } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import type { GroupMember, GroupView } from './couples-api.ts';
import { safetyAnswerInWords } from './couples-wording.ts';

/** One member in the combined view: their own goal, their safety check, their latest scores. */
export function MemberSection({
  member,
  questions,
  readOnly,
  talking,
  onTalked,
}: {
  member: GroupMember;
  questions: GroupView['safetyQuestions'];
  readOnly: boolean;
  talking: boolean;
  onTalked: () => void;
}) {
  const headingId = useId();
  const scoresId = useId();
  const check = member.safetyCheck;
  const textOf = (key: string) => questions.find((q) => q.key === key)?.text ?? key;
  return (
    <section className="section group-member" aria-labelledby={headingId}>
      <h2 id={headingId}>{member.displayName}</h2>
      {check.needsPrivateConversation && (
        <div className="notice notice--error">
          <p className="notice__title">
            Talk with {member.displayName} alone before joint sessions
          </p>
          <p>Their private safety check asks for a conversation alone. The others do not know.</p>
          {!readOnly && (
            <Button busy={talking} busyLabel="Saving…" onClick={onTalked}>
              I have talked with {member.displayName} alone
            </Button>
          )}
        </div>
      )}
      <h3>Their own goal</h3>
      {member.ownGoal ? (
        <>
          <p className="group-member__goal">{member.ownGoal.text}</p>
          <p className="field__hint">
            Written on {formatDate(member.ownGoal.at)}.{' '}
            {member.ownGoal.sharedWithGroup
              ? 'They let the others see it.'
              : 'Only they and the care team see it.'}
          </p>
        </>
      ) : (
        <p>Not written yet.</p>
      )}
      <h3>Private safety check</h3>
      <p>{safetyStatusInWords(member)}</p>
      {check.answers && (
        <dl className="group-member__answers">
          {check.answers.map((answer) => (
            <div key={answer.key}>
              <dt>{textOf(answer.key)}</dt>
              <dd>{safetyAnswerInWords(answer.answer)}</dd>
            </div>
          ))}
        </dl>
      )}
      {check.note && (
        <>
          <h4>What they want you alone to know</h4>
          <p className="group-member__goal">{check.note}</p>
        </>
      )}
      <h3 id={scoresId}>
        Latest scores<VisuallyHidden> of {member.displayName}</VisuallyHidden>
      </h3>
      {member.measures.length === 0 ? (
        <p>No measures answered yet.</p>
      ) : (
        <StackedTable
          labelledBy={scoresId}
          rows={member.measures}
          rowKey={(m) => m.instrumentId}
          rowHeader={{ header: 'Measure', cell: (m) => m.shortTitle }}
          columns={[
            { header: 'Score', cell: (m) => m.total },
            { header: 'Range', cell: (m) => m.band ?? '–' },
            { header: 'Answered', cell: (m) => formatDate(m.at) },
          ]}
        />
      )}
    </section>
  );
}

function safetyStatusInWords(member: GroupMember): string {
  const check = member.safetyCheck;
  switch (check.status) {
    case 'not-asked':
      return 'Not asked yet.';
    case 'waiting':
      return `Asked on ${formatDate(check.requestedAt)}; not answered yet.`;
    case 'answered': {
      const talked =
        check.privateConversationAt && !check.needsPrivateConversation
          ? ` You talked with them alone on ${formatDate(check.privateConversationAt)}.`
          : '';
      return `Answered on ${formatDate(check.answeredAt)}.${talked}`;
    }
  }
}
