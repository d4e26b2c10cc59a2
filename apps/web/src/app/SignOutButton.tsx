import { useState } from 'react';
import { useSignOut } from '../features/auth/auth-mutations.ts';
import { useApi } from '../shared/api/api-context.ts';
import { flushOutbox, pendingOutboxItems } from '../shared/offline/outbox.ts';
import { Button } from '../shared/ui/Button.tsx';
import { Dialog } from '../shared/ui/Dialog.tsx';

/**
 * Signing out deletes everything personal on this device (auth-mutations.ts),
 * entries not yet sent included. So it first tries to send them; when that
 * cannot work, it says how many would be lost and lets the person choose.
 */
export function SignOutButton() {
  const api = useApi();
  const signOut = useSignOut('here');
  const [checking, setChecking] = useState(false);
  const [unsent, setUnsent] = useState<number | null>(null);

  async function start() {
    setChecking(true);
    try {
      let pending = await pendingOutboxItems().catch(() => []);
      if (pending.length > 0 && navigator.onLine) {
        await flushOutbox(api);
        pending = await pendingOutboxItems().catch(() => []);
      }
      if (pending.length > 0) setUnsent(pending.length);
      else signOut.mutate();
    } finally {
      setChecking(false);
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        className="button--small"
        busy={signOut.isPending || checking}
        busyLabel="Signing out…"
        onClick={() => void start()}
      >
        Sign out
      </Button>
      {signOut.isError && (
        <span className="header-error" role="alert">
          Signing out did not work. Check your connection and try again.
        </span>
      )}
      <Dialog
        open={unsent !== null}
        title="Not everything has been sent"
        onClose={() => setUnsent(null)}
      >
        <div className="dialog__body">
          <p>
            {unsent === 1 ? '1 entry has' : `${unsent ?? 0} entries have`} not been sent yet and
            will be deleted from this device if you sign out now.
          </p>
          <p>If you stay signed in, they are sent as soon as there is a connection.</p>
        </div>
        <div className="button-row">
          <Button onClick={() => setUnsent(null)}>Stay signed in and wait</Button>
          <Button
            variant="danger"
            onClick={() => {
              setUnsent(null);
              signOut.mutate();
            }}
          >
            Sign out anyway
          </Button>
        </div>
      </Dialog>
    </>
  );
}
