import { Button } from '../../shared/ui/Button.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import type { ClientStatusChange, ClientSummary } from './caseload-api.ts';

interface ClientRowActionsProps {
  client: ClientSummary;
  resending: boolean;
  onResend: (client: ClientSummary) => void;
  onChangeStatus: (client: ClientSummary, change: ClientStatusChange) => void;
}

/** A therapist's actions for one client; each names the client for screen readers. */
export function ClientRowActions({
  client,
  resending,
  onResend,
  onChangeStatus,
}: ClientRowActionsProps) {
  const name = <VisuallyHidden> {client.displayName}</VisuallyHidden>;
  if (client.status === 'archived') {
    return (
      <Button
        variant="secondary"
        className="button--small"
        onClick={() => onChangeStatus(client, 'restore')}
      >
        Restore{name}
      </Button>
    );
  }
  return (
    <>
      {client.status === 'invited' && (
        <Button
          variant="secondary"
          className="button--small"
          busy={resending}
          onClick={() => onResend(client)}
        >
          Resend invitation<VisuallyHidden> to {client.displayName}</VisuallyHidden>
        </Button>
      )}
      <Button
        variant="secondary"
        className="button--small"
        onClick={() => onChangeStatus(client, 'archive')}
      >
        Archive{name}
      </Button>
    </>
  );
}
