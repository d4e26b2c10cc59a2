/** The inputs that count as the person doing something in the page. */
export const userInputEvents = ['pointerdown', 'keydown', 'touchstart'] as const;

/** How long after the last input a request still counts as following it. */
export const recentActivityMs = 60_000;

export interface ActivityTracker {
  /** Whether the person pressed, typed or touched within the last `windowMs` (page load counts). */
  isRecent: () => boolean;
  /** Stops listening (tests, hot reload). */
  stop: () => void;
}

interface ActivityTrackerOptions {
  /** Where input events arrive: the window in the app. */
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  now?: () => number;
  windowMs?: number;
}

/**
 * Remembers when the person last used the page. The server keeps a session
 * alive only for requests that follow the person's own activity (ADR 0003):
 * a tab left open on a shared computer, refreshing in the background, must
 * still time out. Opening the page counts as activity.
 *
 * @example createActivityTracker({ target: window }).isRecent() // true right after loading
 */
export function createActivityTracker({
  target,
  now = Date.now,
  windowMs = recentActivityMs,
}: ActivityTrackerOptions): ActivityTracker {
  let lastInput = now();
  const record = () => {
    lastInput = now();
  };
  // Capture: an input counts even when a handler stops it from bubbling.
  const options = { capture: true, passive: true } as const;
  for (const type of userInputEvents) target.addEventListener(type, record, options);
  return {
    isRecent: () => now() - lastInput <= windowMs,
    stop: () => {
      for (const type of userInputEvents) target.removeEventListener(type, record, options);
    },
  };
}
