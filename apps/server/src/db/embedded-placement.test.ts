import { execFile } from 'node:child_process';
import { chmod, cp, lstat, mkdir, mkdtemp, readlink, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBinaries } from './embedded-binaries.ts';
import { postgresUserForThisProcess, runningAsRoot } from './embedded-identity.ts';
import { binariesFor, clusterFolderName } from './embedded-placement.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { StartupError } from './startup-error.ts';
import { freePort } from '../testing/free-port.ts';

const run = promisify(execFile);
const log = pino({ level: 'silent' });

/**
 * As root, PostgreSQL runs as the user `postgres`, which may not enter a
 * private home (/root is 0700). Tandem keeps what PostgreSQL must reach in a
 * system folder instead (here a temporary one), never opening up the home.
 * Only root hands PostgreSQL to another user, so these run as root only (CI does).
 */
let base: string;
let systemDir: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'tandem-placement-'));
  await chmod(base, 0o711);
  systemDir = path.join(base, 'system');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function count(url: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const result = await client.query<{ n: number }>('select count(*)::int as n from kept');
    return result.rows[0]?.n ?? -1;
  } finally {
    await client.end();
  }
}

describe.skipIf(!runningAsRoot())(
  'the embedded PostgreSQL as root, out of reach of `postgres`',
  () => {
    it('keeps the cluster in the system folder behind a link, and finds it again', async () => {
      const home = path.join(base, 'home');
      await mkdir(home, { mode: 0o700 });
      await chmod(home, 0o700);
      const dataDir = path.join(home, 'tandem', 'data');
      const port = await freePort();

      const first = await startEmbeddedPostgres({ dataDir, port, systemDir }, log);
      try {
        const client = new pg.Client(first.url);
        await client.connect();
        await client.query("create table kept (note text); insert into kept values ('kept')");
        await client.end();
        // A CLI command beside it finds the same server through the link.
        const shared = await startEmbeddedPostgres(
          { dataDir, port: await freePort(), systemDir, whenInUse: 'share' },
          log,
        );
        expect(await count(shared.url)).toBe(1);
      } finally {
        await first.stop();
      }
      const link = path.join(dataDir, 'postgres');
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      const target = path.join(systemDir, 'clusters', clusterFolderName(dataDir));
      expect(await readlink(link)).toBe(target);
      expect(clusterFolderName(dataDir)).toMatch(/^data-[0-9a-f]{12}$/);
      // The home was left as it was.
      expect((await stat(home)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(systemDir, 'clusters'))).mode & 0o777).toBe(0o711);

      const second = await startEmbeddedPostgres({ dataDir, port, systemDir }, log);
      try {
        expect(await count(second.url)).toBe(1);
      } finally {
        await second.stop();
      }
    });

    it('refuses, with the way out, a cluster that already lives inside the unreachable folder', async () => {
      const open = path.join(base, 'was-open');
      await mkdir(open, { mode: 0o755 });
      await chmod(open, 0o755);
      const dataDir = path.join(open, 'data');
      const port = await freePort();
      await (await startEmbeddedPostgres({ dataDir, port, systemDir }, log)).stop();
      await chmod(open, 0o700);
      const error = await startEmbeddedPostgres({ dataDir, port, systemDir }, log).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StartupError);
      expect((error as StartupError).code).toBe('DATA_DIR_NOT_TRAVERSABLE');
      expect((error as StartupError).fix).toContain(`chmod o+x ${open}`);
      expect((error as StartupError).fix).toContain(`ln -s`);
    });

    it('copies the binaries once per version when `postgres` cannot reach the checkout', async () => {
      const user = await postgresUserForThisProcess();
      if (!user) return expect.fail('root needs the postgres user');
      const shipped = await findPostgresBinaries();
      // A checkout under a private folder, as after `git clone` into /root.
      const checkout = path.join(base, 'private-checkout');
      await mkdir(checkout, { mode: 0o700 });
      await chmod(checkout, 0o700);
      await cp(shipped.root, path.join(checkout, 'native'), {
        recursive: true,
        verbatimSymlinks: true,
      });
      const unreachable = { ...shipped, root: path.join(checkout, 'native'), version: 'test-1' };
      unreachable.postgres = path.join(unreachable.root, 'bin', 'postgres');
      unreachable.initdb = path.join(unreachable.root, 'bin', 'initdb');

      const copied = await binariesFor(user, unreachable, systemDir, log);
      expect(copied.root).toBe(path.join(systemDir, 'postgresql-test-1'));
      const { stdout } = await run(copied.postgres, ['--version'], {
        uid: user.uid,
        gid: user.gid,
      });
      expect(stdout).toMatch(/postgres \(PostgreSQL\) 15\./);
      // A second start reuses the copy.
      const again = await binariesFor(user, unreachable, systemDir, log);
      expect(again.root).toBe(copied.root);
      // Reachable binaries are used where they are.
      expect((await binariesFor(user, shipped, systemDir, log)).root).toBe(shipped.root);
    });
  },
);
