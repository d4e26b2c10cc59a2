import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult } from './load-job.ts';

type Reply = { ok: true; result: LoadResult } | { ok: false; error: string };

/**
 * Runs one job in a fresh load-client process (TypeScript through tsx, as
 * this benchmark runs) and returns its result; the process ends with the job.
 * Any failed answer fails the run: a figure measured on errors is no figure.
 */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./load-client.ts', import.meta.url)), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise<LoadResult>((resolve, reject) => {
    let settled = false;
    child.once('message', (reply: Reply) => {
      settled = true;
      child.disconnect();
      if (!reply.ok) {
        reject(new Error(`the load client failed: ${reply.error}`));
      } else if (reply.result.failures > 0) {
        reject(
          new Error(
            `${reply.result.failures} requests got a wrong answer; the first: ${reply.result.firstFailure ?? ''}`,
          ),
        );
      } else {
        resolve(reply.result);
      }
    });
    child.once('error', (error) => {
      if (!settled) reject(error);
    });
    child.once('exit', (code, signal) => {
      if (!settled)
        reject(new Error(`the load client exited (${signal ?? code}) before answering`));
    });
    child.send(job);
  });
}
