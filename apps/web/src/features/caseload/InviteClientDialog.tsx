import type { MailDelivery } from '../../shared/session/session-types.ts';
import { Dialog } from '../../shared/ui/Dialog.tsx';
import { InviteClientForm } from './InviteClientForm.tsx';
import type { ClientSummary } from './caseload-api.ts';
import { inviteIntro } from './invitation-notices.ts';

interface InviteClientDialogProps {
  open: boolean;
  mailDelivery: MailDelivery | null;
  onClose: () => void;
  onInvited: (client: ClientSummary) => void;
}

export function InviteClientDialog({
  open,
  mailDelivery,
  onClose,
  onInvited,
}: InviteClientDialogProps) {
  return (
    <Dialog open={open} title="Invite a client" onClose={onClose}>
      <p>{inviteIntro(mailDelivery)}</p>
      <InviteClientForm onInvited={onInvited} onCancel={onClose} />
    </Dialog>
  );
}
