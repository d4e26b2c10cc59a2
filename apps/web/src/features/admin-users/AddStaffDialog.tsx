import { Dialog } from '../../shared/ui/Dialog.tsx';
import type { StaffUser } from './admin-users-api.ts';
import { CreateStaffUserForm } from './CreateStaffUserForm.tsx';

interface AddStaffDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (user: StaffUser) => void;
}

export function AddStaffDialog({ open, onClose, onCreated }: AddStaffDialogProps) {
  return (
    <Dialog open={open} title="Add a staff member" onClose={onClose}>
      <CreateStaffUserForm onCreated={onCreated} onCancel={onClose} />
    </Dialog>
  );
}
