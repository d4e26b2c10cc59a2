import { Outlet, ScrollRestoration } from 'react-router';
import { useSession } from '../features/auth/session-queries.ts';
import { CrisisPanel } from '../features/client-home/CrisisPanel.tsx';
import { Layout } from '../shared/ui/Layout.tsx';
import { AppHeader } from './AppHeader.tsx';

/** The frame of every page. Clients always see the crisis panel, whatever the page. */
export function RootLayout() {
  const user = useSession().data?.user ?? null;
  return (
    <>
      <Layout
        header={<AppHeader user={user} />}
        aside={user?.role === 'client' ? <CrisisPanel /> : undefined}
      >
        <Outlet />
      </Layout>
      <ScrollRestoration />
    </>
  );
}
