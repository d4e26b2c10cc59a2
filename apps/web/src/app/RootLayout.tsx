import { ScrollRestoration } from 'react-router';
import { useSession } from '../features/auth/session-queries.ts';
import { CrisisPanel } from '../features/client-home/CrisisPanel.tsx';
import { OutboxSync } from '../shared/offline/OutboxSync.tsx';
import { Layout } from '../shared/ui/Layout.tsx';
import { AppHeader } from './AppHeader.tsx';
import { RouteOutlet } from './RouteOutlet.tsx';

/**
 * The frame of every page. Crisis help is on every page a client may see:
 * their own area, and the public pages (sign-in, invitation, password reset),
 * where a client lands when a session has ended. Staff areas leave it out.
 */
export function RootLayout() {
  const session = useSession();
  const user = session.data?.user ?? null;
  const showHelp = !session.isPending && (user === null || user.role === 'client');
  return (
    <>
      <Layout
        header={<AppHeader user={user} showHelpLink={showHelp} />}
        aside={showHelp ? <CrisisPanel /> : undefined}
      >
        <RouteOutlet />
      </Layout>
      <ScrollRestoration />
      {/* Sends entries made offline once the person is signed in and online. */}
      <OutboxSync user={user} />
    </>
  );
}
