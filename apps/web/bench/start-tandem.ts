import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

const tandemBin = path.resolve(import.meta.dirname, '../../server/bin/tandem.mjs');

export interface RunningTandem {
  url: string;
  /** Stops the server (and with it the embedded PostgreSQL) and removes its data folder. */
  stop: () => Promise<void>;
}

/**
 * Runs `tandem serve` as an operator would on first start: the embedded
 * PostgreSQL in a fresh temporary data folder, the demo practice, no mail
 * server, serving `webDist`. Nothing of the developer's own data is touched.
 */
export async function startTandem(options: {
  webDist: string;
  demoPassword: string;
  timeoutMs?: number;
}): Promise<RunningTandem> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-lighthouse-'));
  // Run as root, Tandem hands the cluster to the `postgres` user, who must reach the folder.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [tandemBin, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      TANDEM_PG_PORT: String(await freePort()),
      TANDEM_DATA_DIR: dataDir,
      TANDEM_DEMO: '1',
      TANDEM_DEMO_PASSWORD: options.demoPassword,
      TANDEM_PUBLIC_URL: url,
      TANDEM_WEB_DIST: options.webDist,
      DATABASE_URL: '',
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    })());

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (!output.includes('Tandem is running')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`tandem serve did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}
