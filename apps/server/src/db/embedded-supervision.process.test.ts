import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, spawnTandem } from '../testing/spawn-tandem.ts';
import { isAlive, readPostmasterPid } from './embedded-stale-server.ts';

/**
 * The real `tandem serve` on its embedded PostgreSQL, whose server is killed
 * with SIGKILL under load: callers get 503 with Retry-After (Tandem stays
 * up, so never "connection refused"), Tandem starts PostgreSQL again and
 * answers 200; and when it cannot, Tandem stops cleanly with a clear exit 1.
 * The test run's own database server is not involved; on the external pass it
 * would only repeat itself, so it runs with the embedded one.
 */
const server = inject('tandemDatabaseServer');
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-supervision-'));
  await chmod(dataDir, 0o711); // as root, PostgreSQL runs as `postgres` and must pass through
  env = {
    TANDEM_DATA_DIR: dataDir,
    TANDEM_PG_PORT: String(await freePort()),
    TANDEM_WEB_DIST: path.join(dataDir, 'no-web'),
  };
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

interface Answer {
  at: number;
  status: number | 'refused';
  retryAfter: string | null;
  code?: string;
}

/** Calls /api/health (one query each) back to back from a few loops until stopped. */
function load(url: string, loops = 4) {
  const answers: Answer[] = [];
  let running = true;
  const one = async () => {
    while (running) {
      try {
        const response = await fetch(`${url}/api/health`);
        const body = (await response.json()) as { code?: string };
        answers.push({
          at: Date.now(),
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          ...(body.code === undefined ? {} : { code: body.code }),
        });
      } catch {
        answers.push({ at: Date.now(), status: 'refused', retryAfter: null });
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const done = Promise.all(Array.from({ length: loops }, one));
  return {
    answers,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function postmasterPid(): Promise<number> {
  const file = await readPostmasterPid(path.join(dataDir, 'postgres'));
  if (file === null || file === 'unreadable') throw new Error('no postmaster.pid');
  return file.pid;
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(server.kind === 'external')('the embedded PostgreSQL dies under Tandem', () => {
  it('answers 503 with Retry-After meanwhile, restarts it, and answers 200 again', async () => {
    const tandem = await spawnTandem(env);
    const traffic = load(tandem.url);
    try {
      await until('first answers', () => traffic.answers.some((a) => a.status === 200));
      const killedPid = await postmasterPid();
      const killedAt = Date.now();
      process.kill(killedPid, 'SIGKILL');
      await until('a 503 after the kill', () =>
        traffic.answers.some((a) => a.at > killedAt && a.status === 503),
      );
      // A backend that has not noticed its postmaster's death yet may still answer a query or
      // two: wait for the new server itself, then for an answer from it.
      let restartedPid = killedPid;
      await until(
        'a new PostgreSQL',
        async () => {
          const file = await readPostmasterPid(path.join(dataDir, 'postgres'));
          if (file === null || file === 'unreadable' || file.pid === killedPid) return false;
          restartedPid = file.pid;
          return file.status === 'ready' && (await isAlive(file.pid));
        },
        40_000,
      );
      const restartedAt = Date.now();
      await until('a 200 from the new server', () =>
        traffic.answers.some((a) => a.at > restartedAt && a.status === 200),
      );
      await traffic.stop();
      expect(await isAlive(killedPid)).toBe(false);
      expect(await isAlive(restartedPid)).toBe(true);

      const statuses = new Set(traffic.answers.map((a) => a.status));
      expect([...statuses].sort()).toEqual([200, 503]);
      for (const answer of traffic.answers.filter((a) => a.status === 503)) {
        expect(answer).toMatchObject({ retryAfter: '5', code: 'SERVICE_UNAVAILABLE' });
      }
      expect(tandem.output()).toContain('The embedded PostgreSQL stopped unexpectedly');
      // Written just before the first 200, on another pipe: give it a moment to arrive.
      await until('the restart in the log', () =>
        tandem.output().includes('The embedded PostgreSQL is running again'),
      );
    } finally {
      await traffic.stop();
      tandem.child.kill('SIGTERM');
    }
    expect(await tandem.exited).toBe(0);
    expect(tandem.output()).toContain('Stopped cleanly.');
  }, 90_000);

  it('stops cleanly with exit code 1 and says why when PostgreSQL cannot be started again', async () => {
    const tandem = await spawnTandem(env);
    try {
      // Make the cluster unusable (as a damaged or half-restored data folder would be), then kill.
      await writeFile(path.join(dataDir, 'postgres', 'PG_VERSION'), '99\n');
      process.kill(await postmasterPid(), 'SIGKILL');
      const code = await Promise.race([
        tandem.exited,
        new Promise((resolve) => setTimeout(() => resolve('still running'), 60_000)),
      ]);
      expect(code, tandem.output()).toBe(1);
    } finally {
      if (tandem.child.exitCode === null) tandem.child.kill('SIGKILL');
    }
    const output = tandem.output();
    expect(output).toContain(
      'Tandem stopped: The embedded PostgreSQL stopped unexpectedly and could not be started again (5 attempts).',
    );
    expect(output).toContain(`Fix: Read ${path.join(dataDir, 'postgres.log')}`);
    expect(output).toContain('(EMBEDDED_SERVER_LOST)');
    expect(output).not.toMatch(/\n\s+at /);
    expect(await readPostmasterPid(path.join(dataDir, 'postgres'))).toBeNull();
  }, 90_000);
});
