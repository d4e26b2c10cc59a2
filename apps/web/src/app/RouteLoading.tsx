import { LoadingState } from '../shared/ui/LoadingState.tsx';

/** Shown while the first screen's code is still loading. */
export function RouteLoading() {
  return (
    <main className="layout__main">
      <LoadingState />
    </main>
  );
}
