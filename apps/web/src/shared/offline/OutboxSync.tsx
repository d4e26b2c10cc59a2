import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../api/api-context.ts';
import { setDeviceOwner } from './device-owner.ts';
import { flushOutbox, onOutboxSent } from './outbox.ts';
import { outboxOwner } from './outbox-rules.ts';

/**
 * Keeps the device in step with the server (mounted once, in app/RootLayout).
 * It sends what waits in the outbox when someone signs in or the page starts,
 * when the device comes back online, and when the page is shown again; after
 * something was sent, and after reconnecting, cached answers are read again.
 */
export function OutboxSync({ user }: { user: { id: string; practiceId: string } | null }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const owner = user === null ? null : outboxOwner(user);

  useEffect(() => {
    setDeviceOwner(owner);
    if (owner === null) return;
    const flush = () => void flushOutbox(api);
    const onVisible = () => {
      if (document.visibilityState === 'visible') flush();
    };
    flush();
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api, owner]);

  useEffect(
    () =>
      onOutboxSent(() => {
        void queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== 'session',
        });
      }),
    [queryClient],
  );

  // Back online: what was read from the device's copies (the session, the safety plan, the
  // crisis help) is read from the server again. The query cache's own "reconnect" does not
  // fire after a start without network: it only knows about an 'offline' event it saw.
  useEffect(() => {
    const readAgain = () => void queryClient.invalidateQueries();
    window.addEventListener('online', readAgain);
    return () => window.removeEventListener('online', readAgain);
  }, [queryClient]);

  return null;
}
