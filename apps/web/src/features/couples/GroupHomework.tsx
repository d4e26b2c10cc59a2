import { useId, useState } from 'react';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { useClientHomework } from '../homework/homework-api.ts';
import { addDays, dayInWords, statusInWords } from '../homework/homework-wording.ts';
import { toolKindOptions, useToolChoice } from '../homework/tool-choice.tsx';
import { DateField } from '../measures/DateField.tsx';
import { useAssignGroupHomework, type GroupHomeworkBatch, type GroupView } from './couples-api.ts';

/** What suits a couple or family: each member alone, the same thing. */
const groupKinds = toolKindOptions.filter((option) =>
  ['worksheet', 'measure', 'check-in', 'journal'].includes(option.value),
);

/** The same homework for every member, each answering alone, and how each member's went. */
export function GroupHomework({ group, readOnly }: { group: GroupView; readOnly: boolean }) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Homework for every member</h2>
      <p>
        Each member gets their own and answers it alone. You see what each one shared; what a member
        keeps private stays theirs.
      </p>
      {group.homework.length === 0 && <p>None set yet.</p>}
      {group.homework.map((batch) => (
        <BatchTable key={batch.id} batch={batch} group={group} />
      ))}
      {!readOnly && group.endedAt === null && group.members[0] && (
        <AssignForm group={group} firstMemberId={group.members[0].clientId} />
      )}
    </section>
  );
}

function BatchTable({ batch, group }: { batch: GroupHomeworkBatch; group: GroupView }) {
  const headingId = useId();
  const nameOf = (clientId: string) =>
    group.members.find((m) => m.clientId === clientId)?.displayName ?? 'A former member';
  return (
    <>
      <h3 id={headingId}>
        {batch.tool.name}, due {dayInWords(batch.dueOn)}
      </h3>
      {batch.note && <p>{batch.note}</p>}
      <StackedTable
        labelledBy={headingId}
        rows={batch.members}
        rowKey={(m) => m.homeworkId}
        rowHeader={{ header: 'Member', cell: (m) => nameOf(m.clientId) }}
        columns={[
          { header: 'How it went', cell: (m) => statusInWords({ ...m, overdue: false }) },
          {
            header: 'What they made',
            cell: (m) =>
              m.entry ? 'Shared with you' : m.status === 'done' ? 'Kept private or none' : '–',
          },
        ]}
      />
    </>
  );
}

function AssignForm({ group, firstMemberId }: { group: GroupView; firstMemberId: string }) {
  const id = useId();
  const headingId = useId();
  // The tools a therapist may set are the same for every client: read them from one member.
  const tools = useClientHomework(firstMemberId);
  const choice = useToolChoice(tools.data?.tools, groupKinds);
  const assign = useAssignGroupHomework(group.id);
  const today = tools.data?.today;
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const [submissionId, setSubmissionId] = useState(() => newSubmissionId());
  const [status, setStatus] = useState('');

  const due = dueOn || (today ? addDays(today, 7) : '');
  const errorAt = (path: string) =>
    isApiError(assign.error) && assign.error.path === path ? assign.error.message : undefined;
  const fieldError = ['tool.key', 'dueOn', 'note'].some((p) => errorAt(p) !== undefined);

  return (
    <form
      className="form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        setStatus('');
        assign.mutate(
          {
            id: submissionId,
            tool: choice.tool(),
            dueOn: due,
            note: note.trim() === '' ? null : note,
          },
          {
            onSuccess: () => {
              setStatus('Set for every member. Each sees it in their own To do.');
              setSubmissionId(newSubmissionId());
              setNote('');
            },
          },
        );
      }}
    >
      <h3 id={headingId}>Give every member the same exercise</h3>
      {choice.fields(id, errorAt)}
      <DateField
        id={`${id}-due`}
        label="Due on"
        hint="In each member’s own calendar."
        value={due}
        onChange={setDueOn}
        error={errorAt('dueOn')}
      />
      <TextArea
        id={`${id}-note`}
        label="A note for everyone (optional)"
        rows={3}
        value={note}
        onChange={setNote}
        error={errorAt('note')}
      />
      {assign.isError && !fieldError && <Alert>{messageOf(assign.error)}</Alert>}
      <Button type="submit" busy={assign.isPending} busyLabel="Setting…">
        Set for every member
      </Button>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
