import { EmergencyLine } from '../features/client-home/EmergencyLine.tsx';
import { Layout } from '../shared/ui/Layout.tsx';
import { PageTitle } from '../shared/ui/PageTitle.tsx';
import { BrandHeader } from './BrandHeader.tsx';

/**
 * Last resort when a screen fails to render or its code cannot be loaded. It
 * stands alone (no session, no API calls) because whatever broke may be part
 * of the normal frame; crisis help is therefore the one line that needs no
 * data. Error details are not shown or logged: they may contain personal data.
 */
export function RouteErrorPage() {
  return (
    <Layout header={<BrandHeader />}>
      <div className="narrow-text">
        <PageTitle>Something went wrong</PageTitle>
        <p>This page could not be shown. What you saved before is safe.</p>
        <p>
          {/* A full page load: it fetches the app afresh, which also cures an out-of-date version. */}
          <a href="/">Reload Tandem</a>
        </p>
        <div className="card section">
          <EmergencyLine emergency={undefined} />
        </div>
      </div>
    </Layout>
  );
}
