import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxGroup, checkboxId } from '../../shared/ui/CheckboxGroup.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useCaseload } from '../caseload/caseload-api.ts';
import { useCreateGroup } from './couples-api.ts';
import { sizeProblem } from './couples-wording.ts';

type Kind = 'couple' | 'family';

const kindOptions: { value: Kind; label: string }[] = [
  { value: 'couple', label: 'A couple' },
  { value: 'family', label: 'A family' },
];

/** A therapist links their own clients as a couple or a family. */
export function NewGroupForm() {
  const id = useId();
  const headingId = useId();
  const navigate = useNavigate();
  const clients = useCaseload('active');
  const create = useCreateGroup();
  const [kind, setKind] = useState<Kind>('couple');
  const [name, setName] = useState('');
  const [members, setMembers] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<{ name?: string; members?: string }>({});
  const [submissionId] = useState(() => newSubmissionId());

  const options = (clients.data?.clients ?? []).map((client) => ({
    id: client.id,
    label: client.displayName,
  }));

  function submit() {
    const next: typeof errors = {};
    if (name.trim() === '') next.name = 'Give the group a name only the care team sees.';
    const problem = sizeProblem(kind, members.size);
    if (problem !== null) next.members = problem;
    setErrors(next);
    if (next.name) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    if (next.members) {
      const first = options[0];
      if (first) document.getElementById(checkboxId(`${id}-member`, first.id))?.focus();
      return;
    }
    // Members in the order they are listed on the page.
    const memberIds = options.filter((o) => members.has(o.id)).map((o) => o.id);
    create.mutate(
      { id: submissionId, kind, name, memberIds },
      {
        onSuccess: (view) => void navigate(`/therapist/groups/${view.id}`),
        onError: (error) => {
          if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return;
          if (error.path === 'name') setErrors({ name: error.message });
          if (error.path === 'memberIds') setErrors({ members: error.message });
        },
      },
    );
  }

  const fieldError = errors.name !== undefined || errors.members !== undefined;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={headingId}>Link clients for joint work</h2>
      <p>
        Each member stays your client: they answer on their own, and no member sees another’s
        answers.
      </p>
      <ChoiceGroup
        name={`${id}-kind`}
        legend="Who are they?"
        value={kind}
        options={kindOptions}
        onChange={setKind}
      />
      <TextField
        id={`${id}-name`}
        label="A name for the group"
        hint="Only the care team sees it, for example “Riley and Sam”."
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <CheckboxGroup
        idPrefix={`${id}-member`}
        legend="Members"
        hint={kind === 'couple' ? 'Choose two of your clients.' : 'Choose 2 to 8 of your clients.'}
        options={options}
        checked={members}
        error={errors.members}
        onToggle={(clientId, isChecked) =>
          setMembers((current) => {
            const next = new Set(current);
            if (isChecked) next.add(clientId);
            else next.delete(clientId);
            return next;
          })
        }
      />
      {create.isError && !fieldError && <Alert>{messageOf(create.error)}</Alert>}
      <Button type="submit" busy={create.isPending} busyLabel="Linking…">
        Link them
      </Button>
    </form>
  );
}
