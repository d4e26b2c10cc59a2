import { LoadingState } from '../shared/ui/LoadingState.tsx';

/**
 * The first screen, while the first page's code and its reads load: the
 * frame's brand bar and a polite "Loading…". The real frame then replaces it
 * whole, already complete: new elements, so nothing on the screen is pushed
 * around. (The same markup in index.html, painted before any JavaScript, was
 * measured and dropped: see "Pages on a phone" in docs/benchmarks.md.)
 */
export function RouteLoading() {
  return (
    <div className="layout">
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <span className="app-header__product">Tandem</span>
          </div>
        </div>
      </header>
      <main className="layout__main">
        <LoadingState />
      </main>
    </div>
  );
}
