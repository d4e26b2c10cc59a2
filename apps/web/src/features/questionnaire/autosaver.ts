export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface AutosaverDeps<Value> {
  save: (value: Value) => Promise<unknown>;
  onStatus: (status: AutosaveStatus) => void;
  delayMs: number;
  /** After a failed save, how long until the same answers are tried again (unless changed first). */
  retryMs?: number;
  /** Whether a failed save is worth trying again (a refusal will not change by waiting). */
  shouldRetry?: (error: unknown) => boolean;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface Autosaver<Value> {
  /** The latest value to save; saved once nothing new arrived for `delayMs`. */
  schedule: (value: Value) => void;
  /** Saves a waiting value now (leaving the page). */
  flush: () => void;
  /** Drops a waiting value (it is being sent another way); later changes are saved again. */
  cancel: () => void;
  /** No more saves (the form was submitted): a waiting value is dropped. */
  stop: () => void;
}

/**
 * Saves progress as the person goes: debounced, one save at a time and in
 * order (an older save can never land after a newer one), the status
 * reported for a quiet "Saved". A failed save is tried again after a while,
 * or sooner with the next change.
 */
export function createAutosaver<Value>(deps: AutosaverDeps<Value>): Autosaver<Value> {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as number));
  let timer: unknown = null;
  let waiting: { value: Value } | null = null;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  function cancel() {
    waiting = null;
    if (timer !== null) clearTimer(timer);
    timer = null;
  }

  function run() {
    timer = null;
    if (waiting === null || stopped) return;
    const { value } = waiting;
    waiting = null;
    deps.onStatus('saving');
    chain = chain.then(async () => {
      if (stopped) return;
      try {
        await deps.save(value);
        if (!stopped && waiting === null) deps.onStatus('saved');
      } catch (error) {
        if (stopped) return;
        deps.onStatus('failed');
        // Nothing newer to save: try these answers again in a while.
        if (waiting === null && timer === null && (deps.shouldRetry?.(error) ?? true)) {
          waiting = { value };
          timer = setTimer(run, deps.retryMs ?? 15_000);
        }
      }
    });
  }

  return {
    schedule: (value) => {
      if (stopped) return;
      waiting = { value };
      if (timer !== null) clearTimer(timer);
      timer = setTimer(run, deps.delayMs);
    },
    flush: () => {
      if (timer !== null) clearTimer(timer);
      run();
    },
    cancel,
    stop: () => {
      stopped = true;
      cancel();
    },
  };
}
