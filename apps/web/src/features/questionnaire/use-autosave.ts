import { useEffect, useMemo, useState } from 'react';
import { createAutosaver } from './autosaver.ts';
import type { Autosaver, AutosaveStatus } from './autosaver.ts';

/**
 * The autosaver for one form on screen (`save` should keep its identity, e.g.
 * from useCallback). A value still waiting when the person leaves the screen
 * or closes the tab is saved on the way out.
 */
export function useAutosave<Value>(
  save: (value: Value) => Promise<unknown>,
  shouldRetry?: (error: unknown) => boolean,
  delayMs = 800,
): { saver: Autosaver<Value>; status: AutosaveStatus } {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const saver = useMemo(
    () =>
      createAutosaver<Value>({
        save,
        // While a later change is saving, "Saved" stays (it is not announced again and again).
        onStatus: (next) =>
          setStatus((previous) => (next === 'saving' && previous === 'saved' ? previous : next)),
        delayMs,
        ...(shouldRetry ? { shouldRetry } : {}),
      }),
    [save, shouldRetry, delayMs],
  );
  useEffect(() => {
    // Closing the tab or switching away saves what is waiting (best effort: the page may go first).
    const flush = () => saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      saver.flush();
    };
  }, [saver]);
  return { saver, status };
}
