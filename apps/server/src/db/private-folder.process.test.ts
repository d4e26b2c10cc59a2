import { chmod, lstat, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, spawnTandem } from '../testing/spawn-tandem.ts';
import { runningAsRoot } from './embedded-identity.ts';

/**
 * `npm start` as root from a folder the user `postgres` cannot enter (a clone
 * in /root, mode 0700): the real `tandem serve` starts, answers, stops, and
 * starts again on the same data, and the folder is left as private as it was.
 * Only root hands PostgreSQL to another user, so this runs as root (CI does),
 * and on the embedded pass only (it starts its own embedded server anyway).
 */
const server = inject('tandemDatabaseServer');
let base: string;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'tandem-private-'));
  await chmod(base, 0o711);
  home = path.join(base, 'home');
  await mkdir(home, { mode: 0o700 });
  await chmod(home, 0o700);
  env = {
    TANDEM_DATA_DIR: path.join(home, 'tandem', 'data'),
    TANDEM_PG_PORT: String(await freePort()),
    TANDEM_PG_SYSTEM_DIR: path.join(base, 'system'),
    TANDEM_WEB_DIST: path.join(home, 'no-web'),
    LOG_LEVEL: 'info',
  };
});
afterAll(async () => rm(base, { recursive: true, force: true }));

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/api/health`)).status;
}

describe.skipIf(!runningAsRoot() || server.kind === 'external')(
  'tandem serve as root with its data in a private folder',
  () => {
    it('starts, keeps PostgreSQL where it can run, stops, and starts again on the same data', async () => {
      const first = await spawnTandem(env);
      try {
        expect(await health(first.url)).toBe(200);
        expect(first.output()).toContain('demo practice was created');
        expect(first.output()).toContain(
          `PostgreSQL's cluster for ${env.TANDEM_DATA_DIR} is kept in ${path.join(base, 'system', 'clusters')}`,
        );
      } finally {
        first.child.kill('SIGINT');
      }
      expect(await first.exited).toBe(0);

      const second = await spawnTandem(env);
      try {
        expect(await health(second.url)).toBe(200);
        expect(second.output()).not.toContain('demo practice was created');
      } finally {
        second.child.kill('SIGTERM');
      }
      expect(await second.exited).toBe(0);
      expect(second.output()).toContain('Stopped cleanly.');

      expect((await stat(home)).mode & 0o777).toBe(0o700);
      const link = path.join(env.TANDEM_DATA_DIR!, 'postgres');
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
    }, 120_000);
  },
);
