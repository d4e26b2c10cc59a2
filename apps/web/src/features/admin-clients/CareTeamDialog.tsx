import { Dialog } from '../../shared/ui/Dialog.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { activeTherapists } from '../admin-users/active-therapists.ts';
import { useStaffUsers } from '../admin-users/admin-users-api.ts';
import type { AdminClient } from './admin-clients-api.ts';
import { CareTeamForm } from './CareTeamForm.tsx';

interface CareTeamDialogProps {
  client: AdminClient | null;
  onClose: () => void;
  onSaved: (client: AdminClient) => void;
}

export function CareTeamDialog({ client, onClose, onSaved }: CareTeamDialogProps) {
  const staff = useStaffUsers();
  return (
    <Dialog
      open={client !== null}
      title={client ? `Care team of ${client.displayName}` : 'Care team'}
      onClose={onClose}
    >
      {staff.isPending && <LoadingState />}
      {staff.isError && <QueryError error={staff.error} onRetry={() => void staff.refetch()} />}
      {client && staff.data && (
        // Keyed by client, so the ticks start from their current care team.
        <CareTeamForm
          key={client.id}
          client={client}
          therapists={activeTherapists(staff.data.users)}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </Dialog>
  );
}
