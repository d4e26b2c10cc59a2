import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './free-port.ts';

export { freePort };

const bin = path.resolve(import.meta.dirname, '../../bin/tandem.mjs');

export interface SpawnedTandem {
  child: ChildProcess;
  output: () => string;
  url: string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs `tandem serve` as a real child process, and waits until it says it is running. */
export async function spawnTandem(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<SpawnedTandem> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      TANDEM_DEMO_PASSWORD: 'demo password 123',
      ...env,
      PORT: port,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const started = Date.now();
  while (!output.includes('Tandem is running')) {
    if (child.exitCode !== null) throw new Error(`tandem serve exited early:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`tandem serve did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output, url: `http://127.0.0.1:${port}`, exited };
}
