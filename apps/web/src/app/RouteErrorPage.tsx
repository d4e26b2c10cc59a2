import { Layout } from '../shared/ui/Layout.tsx';
import { PageTitle } from '../shared/ui/PageTitle.tsx';
import { BrandHeader } from './BrandHeader.tsx';

/**
 * Last resort when a screen fails to render. It stands alone (no session, no
 * API calls) because whatever broke may be part of the normal frame. Error
 * details are not shown or logged: they may contain personal data.
 */
export function RouteErrorPage() {
  return (
    <Layout header={<BrandHeader />}>
      <div className="narrow-text">
        <PageTitle>Something went wrong</PageTitle>
        <p>This page could not be shown. What you saved before is safe.</p>
        <p>
          <a href="/">Reload Tandem</a>
        </p>
      </div>
    </Layout>
  );
}
