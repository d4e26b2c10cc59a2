import { Dialog } from '../../shared/ui/Dialog.tsx';
import type { StaffUser } from './admin-users-api.ts';
import { SupervisorsForm } from './SupervisorsForm.tsx';

interface SupervisorsDialogProps {
  therapist: StaffUser | null;
  staff: StaffUser[];
  onClose: () => void;
  onSaved: (therapist: StaffUser) => void;
}

export function SupervisorsDialog({ therapist, staff, onClose, onSaved }: SupervisorsDialogProps) {
  return (
    <Dialog
      open={therapist !== null}
      title={therapist ? `Supervisors of ${therapist.displayName}` : 'Supervisors'}
      onClose={onClose}
    >
      {therapist && (
        // Keyed by therapist, so the ticks start from their current supervisors.
        <SupervisorsForm
          key={therapist.id}
          therapist={therapist}
          supervisors={staff.filter((person) => person.role === 'supervisor')}
          onCancel={onClose}
          onSaved={() => onSaved(therapist)}
        />
      )}
    </Dialog>
  );
}
