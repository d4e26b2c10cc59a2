import type { Logger } from 'pino';

/**
 * Work a request starts but does not wait for, so that the answer's timing
 * does not depend on it (a password-reset request must take as long for an
 * unknown address as for a known one). Tasks are short and best-effort: the
 * person can simply ask again. Closing the app waits for them (drain), and
 * tests drain before they look at the result.
 */
export interface BackgroundTasks {
  run(name: string, task: () => Promise<void>): void;
  /** Resolves once every task started so far has finished. */
  drain(): Promise<void>;
}

export function createBackgroundTasks(log: Pick<Logger, 'error'>): BackgroundTasks {
  const running = new Set<Promise<void>>();
  return {
    run(name, task) {
      const done: Promise<void> = Promise.resolve()
        .then(task)
        // Never the error's details: they may carry an address or a token.
        .catch((error: unknown) =>
          log.error({ task: name, ...errorKind(error) }, 'background task failed'),
        )
        .finally(() => running.delete(done));
      running.add(done);
    },
    async drain() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

function errorKind(error: unknown): { type: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code === undefined ? { type: error.name } : { type: error.name, code };
}
