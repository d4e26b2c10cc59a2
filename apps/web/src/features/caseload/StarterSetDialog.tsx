import { Dialog } from '../../shared/ui/Dialog.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StarterSetForm } from '../measures/StarterSetForm.tsx';
import { useInstruments } from '../measures/therapist-measures-api.ts';
import { useCaseload } from './caseload-api.ts';

interface StarterSetDialogProps {
  open: boolean;
  onClose: () => void;
  onAssigned: (text: string) => void;
}

/** "Assign starter set": PHQ-9 and GAD-7 to several active clients at once. */
export function StarterSetDialog({ open, onClose, onAssigned }: StarterSetDialogProps) {
  return (
    <Dialog open={open} title="Assign the starter set (PHQ-9 and GAD-7)" onClose={onClose}>
      {/* The dialog renders its content only while open: nothing is fetched before. */}
      <StarterSetContent onClose={onClose} onAssigned={onAssigned} />
    </Dialog>
  );
}

function StarterSetContent({ onClose, onAssigned }: Omit<StarterSetDialogProps, 'open'>) {
  const clients = useCaseload('active');
  const instruments = useInstruments();
  const failed = clients.isError ? clients : instruments.isError ? instruments : null;
  return (
    <>
      {(clients.isPending || instruments.isPending) && <LoadingState />}
      {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      {clients.data && instruments.data && (
        <StarterSetForm
          clients={clients.data.clients.filter((client) => client.status === 'active')}
          instruments={instruments.data.instruments}
          today={clients.data.today}
          onCancel={onClose}
          onAssigned={onAssigned}
        />
      )}
    </>
  );
}
