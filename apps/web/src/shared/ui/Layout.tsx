import type { ReactNode } from 'react';
import { SkipLink } from './SkipLink.tsx';

interface LayoutProps {
  /** The banner: render a <header> element. */
  header: ReactNode;
  children: ReactNode;
  /** Complementary content kept outside <main> (a top-level landmark), e.g. crisis help. */
  aside?: ReactNode;
}

export const mainContentId = 'main-content';

/** The page frame every screen shares: skip link, banner, main, optional aside and footer. */
export function Layout({ header, children, aside }: LayoutProps) {
  return (
    <div className="layout">
      <SkipLink targetId={mainContentId} />
      {header}
      <main className="layout__main" id={mainContentId} tabIndex={-1}>
        {children}
      </main>
      {aside}
      <footer className="layout__footer">
        <p>Tandem is not a crisis service. It does not diagnose.</p>
      </footer>
    </div>
  );
}
