import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { EmbeddedPaths } from './embedded-data-dir.ts';
import { stopChild } from './embedded-process.ts';
import { StartupError } from './startup-error.ts';

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

/**
 * Waits before each restart attempt: the first soon (a killed postmaster's
 * backends need a moment to notice and release its shared memory), then
 * longer, about 15 s in all before Tandem gives up.
 */
export const RESTART_DELAYS_MS: readonly number[] = [250, 1_000, 2_000, 4_000, 8_000];
/** A server that ran this long since its last restart starts again with a fresh set of attempts. */
const STABLE_AFTER_MS = 60_000;

export interface SupervisorOptions {
  /** Start the server again and wait until it is ready; throws (a StartupError) when it cannot. */
  relaunch: () => Promise<ChildProcess>;
  paths: EmbeddedPaths;
  log: Log;
  /** Called once when the server is gone for good; Tandem then stops (exit code 1). */
  onFatal: (error: StartupError) => void;
  restartDelaysMs?: readonly number[];
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ?? `exit code ${code}`;
}

/**
 * Watch the running server. If it dies while Tandem runs (killed, out of
 * memory), start it again with back-off: in-flight queries fail (the API
 * answers 503 with Retry-After) and the pool reconnects once it is back. If
 * it cannot be started again, report it through onFatal. Returns stop(),
 * which also ends a restart in progress; an exiting Tandem stops the server.
 */
export function superviseServer(
  first: ChildProcess,
  options: SupervisorOptions,
): { stop(): Promise<void> } {
  const { paths, log } = options;
  const delays = options.restartDelaysMs ?? RESTART_DELAYS_MS;
  const stopped = new AbortController();
  let current: ChildProcess | null = first;
  let attempts = 0;
  let upSince = Date.now();
  let restarting: Promise<void> | null = null;
  let stopping: Promise<void> | undefined;

  const onProcessExit = () => {
    if (current && current.exitCode === null && current.signalCode === null) {
      current.kill('SIGINT');
    }
  };
  process.once('exit', onProcessExit);

  const watch = (child: ChildProcess) => {
    child.once('exit', (code, signal) => {
      if (stopped.signal.aborted || child !== current) return;
      current = null;
      log.error(
        `The embedded PostgreSQL stopped unexpectedly (${describeExit(code, signal)}); restarting it. See ${paths.logFile}.`,
      );
      restarting = restart().finally(() => (restarting = null));
    });
  };

  const restart = async () => {
    if (Date.now() - upSince > STABLE_AFTER_MS) attempts = 0;
    let lastError: unknown = null;
    while (attempts < delays.length) {
      const delay = delays[attempts] ?? 0;
      attempts += 1;
      try {
        await sleep(delay, undefined, { signal: stopped.signal });
      } catch {
        return; // stopping
      }
      try {
        const child = await options.relaunch();
        if (stopped.signal.aborted) {
          await stopChild(child);
          return;
        }
        current = child;
        upSince = Date.now();
        watch(child);
        log.warn(`The embedded PostgreSQL is running again (attempt ${attempts}).`);
        return;
      } catch (error) {
        lastError = error;
        log.error(
          `Restarting the embedded PostgreSQL failed (attempt ${attempts} of ${delays.length}): ${error instanceof Error ? error.message : String(error)}`,
        );
        if (stopped.signal.aborted) return;
      }
    }
    process.removeListener('exit', onProcessExit);
    const why = lastError instanceof Error ? ` The last attempt: ${lastError.message}` : '';
    options.onFatal(
      new StartupError(
        'EMBEDDED_SERVER_LOST',
        `The embedded PostgreSQL stopped unexpectedly and could not be started again (${delays.length} attempts).${why}`,
        `Read ${paths.logFile} for why it stopped (disk full, memory, a damaged or moved data folder), fix that, and start Tandem again; committed data is replayed from the write-ahead log.`,
      ),
    );
  };

  watch(first);
  return {
    stop() {
      stopping ??= (async () => {
        stopped.abort();
        process.removeListener('exit', onProcessExit);
        await restarting;
        if (current) await stopChild(current);
      })();
      return stopping;
    },
  };
}
