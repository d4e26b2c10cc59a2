import { SelectField } from '../../shared/ui/SelectField.tsx';
import type { AdminClient } from '../admin-clients/admin-clients-api.ts';
import type { StaffUser } from './admin-users-api.ts';
import { clientListName, noSuccessorLabel, someoneMustTakeOver } from './hand-over.ts';

interface HandOverFieldProps {
  id: string;
  leaving: StaffUser;
  /** The leaving therapist's clients. */
  clients: readonly AdminClient[];
  /** The other active therapists, who can take them over. */
  successors: readonly StaffUser[];
  value: string;
  onChange: (therapistId: string) => void;
  error: string | undefined;
}

/** Deactivating a therapist with clients: who they are, and who takes them over. */
export function HandOverField({
  id,
  leaving,
  clients,
  successors,
  value,
  onChange,
  error,
}: HandOverFieldProps) {
  const mustTakeOver = someoneMustTakeOver(clients, leaving.id);
  return (
    <>
      <p>
        {leaving.displayName} is on the care team of{' '}
        {clients.length === 1 ? '1 client' : `${clients.length} clients`}:
      </p>
      <ul>
        {clients.map((client) => (
          <li key={client.id}>{clientListName(client)}</li>
        ))}
      </ul>
      {successors.length === 0 ? (
        <p>
          There is no other active therapist to take them over. Add a therapist on this page first,
          or change these clients’ care teams on the Clients page.
        </p>
      ) : (
        <SelectField
          id={id}
          label="Who takes over their clients?"
          hint="This therapist joins the care team of each of these clients."
          value={value}
          options={[
            { value: '', label: noSuccessorLabel(mustTakeOver) },
            ...successors.map((therapist) => ({
              value: therapist.id,
              label: therapist.displayName,
            })),
          ]}
          onChange={onChange}
          error={error}
        />
      )}
    </>
  );
}
