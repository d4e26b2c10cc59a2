import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The flags the browser tests use (playwright.config.ts): nothing leaves the machine. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedChromium {
  /** The DevTools port Lighthouse drives the browser through. */
  port: number;
  close: () => Promise<void>;
}

/**
 * Starts Debian's Chromium (CHROME_PATH, /usr/bin/chromium by default; never a
 * downloaded browser) with a throw-away profile and a DevTools port it picks
 * itself, read from the line it prints once it listens.
 */
export async function launchChromium(timeoutMs = 30_000): Promise<LaunchedChromium> {
  const executable = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const profile = await mkdtemp(path.join(os.tmpdir(), 'tandem-lighthouse-chromium-'));
  const child = spawn(
    executable,
    [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group: Chromium's helpers end with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };

  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${executable} did not start:\n${stderr}`)),
      timeoutMs,
    );
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}
