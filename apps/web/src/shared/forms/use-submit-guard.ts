import { useMemo } from 'react';

export interface SubmitGuard {
  /** True when nothing is in flight (and marks a send as started); false means "ignore this". */
  begin: () => boolean;
  /** Marks the send as settled; pass as the mutation's `onSettled`. */
  end: () => void;
}

/** One submission in flight at a time, tracked outside React's render cycle. */
export function createSubmitGuard(): SubmitGuard {
  let inFlight = false;
  return {
    begin: () => {
      if (inFlight) return false;
      inFlight = true;
      return true;
    },
    end: () => {
      inFlight = false;
    },
  };
}

/**
 * Lets one submission of a form be in flight at a time. Not the mutation's
 * `isPending`: a double click delivers its second click before React has
 * rendered the pending state, and would otherwise send twice.
 */
export function useSubmitGuard(): SubmitGuard {
  return useMemo(() => createSubmitGuard(), []);
}
