import { Dialog } from '../../shared/ui/Dialog.tsx';
import { InviteClientForm } from './InviteClientForm.tsx';
import type { ClientSummary } from './caseload-api.ts';

interface InviteClientDialogProps {
  open: boolean;
  onClose: () => void;
  onInvited: (client: ClientSummary) => void;
}

export function InviteClientDialog({ open, onClose, onInvited }: InviteClientDialogProps) {
  return (
    <Dialog open={open} title="Invite a client" onClose={onClose}>
      <p>
        We email them a one-time link to set a password. The email names only your practice and
        Tandem, nothing about their care.
      </p>
      <InviteClientForm onInvited={onInvited} onCancel={onClose} />
    </Dialog>
  );
}
