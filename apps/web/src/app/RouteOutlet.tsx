import { useEffect, useState } from 'react';
import { Outlet, useNavigation } from 'react-router';

/** Long enough that a page already downloaded opens without a word about loading. */
const announceAfterMs = 400;

/**
 * The current page. While the next one's code or data loads after a click,
 * the page shown stays where it is (no blank flash, nothing jumps) and is
 * marked aria-busy; when that takes a moment, a polite status says the next
 * page is loading. The status exists only then: the page's own status
 * messages stay the only ones on the page the rest of the time. It sits
 * outside the busy part, since assistive technology holds back what a busy
 * region says.
 */
export function RouteOutlet() {
  const busy = useNavigation().state === 'loading';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), announceAfterMs);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  return (
    <>
      {busy && slow && (
        <p className="visually-hidden" role="status">
          Loading the page…
        </p>
      )}
      <div aria-busy={busy || undefined}>
        <Outlet />
      </div>
    </>
  );
}
