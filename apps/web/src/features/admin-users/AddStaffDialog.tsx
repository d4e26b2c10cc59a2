import type { MailDelivery } from '../../shared/session/session-types.ts';
import { Dialog } from '../../shared/ui/Dialog.tsx';
import type { StaffUser } from './admin-users-api.ts';
import { CreateStaffUserForm } from './CreateStaffUserForm.tsx';

interface AddStaffDialogProps {
  open: boolean;
  mailDelivery: MailDelivery | null;
  onClose: () => void;
  onCreated: (user: StaffUser) => void;
}

export function AddStaffDialog({ open, mailDelivery, onClose, onCreated }: AddStaffDialogProps) {
  return (
    <Dialog open={open} title="Add a staff member" onClose={onClose}>
      <CreateStaffUserForm mailDelivery={mailDelivery} onCreated={onCreated} onCancel={onClose} />
    </Dialog>
  );
}
