import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { readPostmasterPid } from '../src/db/embedded-stale-server.ts';
import { createDatabase, dropDatabase, urlForDatabase } from '../src/testing/database-admin.ts';
import { freePort } from '../src/testing/free-port.ts';

export interface BenchDatabase {
  database: Database;
  /** Where the data lives, for the report (never the URL: it holds a password). */
  where: string;
  /** The embedded server's postmaster, whose CPU the benchmark reads; null for an external one. */
  postmasterPid: number | null;
  /** Closes the pool, then stops the embedded server and removes its folder, or drops the scratch database. */
  cleanUp(): Promise<void>;
}

/**
 * A migrated, empty Tandem database opened exactly as `tandem serve` opens
 * its own (openDatabase: server checks, Tandem's type parsers, the same pool):
 * with no DATABASE_URL an embedded PostgreSQL in a fresh temporary folder on
 * a free port; with DATABASE_URL (an admin URL) a scratch database on that
 * server. Whatever fails part-way is cleaned up before the error is thrown.
 */
export async function openBenchDatabase(
  databaseUrl: string | null,
  log: Logger,
): Promise<BenchDatabase> {
  if (databaseUrl === null) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-'));
    const removeDir = () => rm(dataDir, { recursive: true, force: true });
    let database: Database | null = null;
    try {
      // mkdtemp makes a 0700 folder; as root, PostgreSQL runs as `postgres` and must pass through it.
      await chmod(dataDir, 0o711);
      database = await openDatabase(
        { databaseUrl: null, dataDir, embeddedPgPort: await freePort() },
        log,
      );
      await database.migrate(log);
    } catch (error) {
      await database?.close();
      await removeDir();
      throw error;
    }
    const opened = database;
    const postmaster = await readPostmasterPid(path.join(dataDir, 'postgres'));
    return {
      database: opened,
      where: `embedded, temporary folder ${dataDir}`,
      postmasterPid: typeof postmaster === 'object' && postmaster !== null ? postmaster.pid : null,
      cleanUp: async () => {
        await opened.close();
        await removeDir();
      },
    };
  }

  const name = `tandem_bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await createDatabase(databaseUrl, name, 'template0');
  const dropScratch = () => dropDatabase(databaseUrl, name);
  let database: Database | null = null;
  try {
    database = await openDatabase(
      { databaseUrl: urlForDatabase(databaseUrl, name), dataDir: '', embeddedPgPort: 0 },
      log,
    );
    await database.migrate(log);
  } catch (error) {
    await database?.close();
    await dropScratch();
    throw error;
  }
  const opened = database;
  const target = new URL(databaseUrl);
  return {
    database: opened,
    where: `external (DATABASE_URL), scratch database ${name} on ${target.hostname}:${target.port || '5432'}`,
    postmasterPid: null,
    cleanUp: async () => {
      await opened.close();
      await dropScratch();
    },
  };
}
