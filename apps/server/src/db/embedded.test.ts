import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.ts';
import { isAlive, readPostmasterPid } from './embedded-stale-server.ts';
import { StartupError } from './startup-error.ts';

const log = pino({ level: 'silent' });

let base: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'tandem-embedded-test-'));
  await chmod(base, 0o711); // as root, PostgreSQL runs as `postgres` and must pass through
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function startupErrorOf(promise: Promise<unknown>): Promise<StartupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StartupError))
    throw new Error(`expected a StartupError, got ${String(error)}`);
  return error;
}

describe('startEmbeddedPostgres', () => {
  it('creates a cluster, keeps its data across a restart and recovers from a stale pid file', async () => {
    const dataDir = path.join(base, 'restart');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port }, log);
    let second: EmbeddedPostgres | undefined;
    try {
      await query(
        first.url,
        `create table kept (note text); insert into kept values ('written before the restart')`,
      );
      expect(await query(first.url, 'show fsync')).toEqual([{ fsync: 'on' }]);

      // A second Tandem on the same folder is refused; a short CLI command may share the server.
      const inUse = await startupErrorOf(
        startEmbeddedPostgres({ dataDir, port: await freePort() }, log),
      );
      expect(inUse.code).toBe('DATA_DIR_IN_USE');
      const shared = await startEmbeddedPostgres(
        { dataDir, port: await freePort(), whenInUse: 'share' },
        log,
      );
      await shared.stop();
      expect(await query(shared.url, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
    } finally {
      await first.stop();
    }
    const clusterDir = path.join(dataDir, 'postgres');
    expect(await readPostmasterPid(clusterDir)).toBeNull();

    // A pid file whose process is gone, as after a power cut.
    const finished = spawnSync('true');
    expect(await isAlive(finished.pid ?? 0)).toBe(false);
    await writeFile(
      path.join(clusterDir, 'postmaster.pid'),
      `${finished.pid}\n${clusterDir}\n0\n${port}\n\n127.0.0.1\n0 0\nready   \n`,
    );
    try {
      second = await startEmbeddedPostgres({ dataDir, port }, log);
      expect(await query(second.url, 'select note from kept')).toEqual([
        { note: 'written before the restart' },
      ]);
    } finally {
      await second?.stop();
    }

    // A pid file with no pid in it (cut short by a crash): PostgreSQL itself would refuse to start.
    await writeFile(path.join(clusterDir, 'postmaster.pid'), 'garbage\n');
    let third: EmbeddedPostgres | undefined;
    try {
      third = await startEmbeddedPostgres({ dataDir, port }, log);
      expect(await query(third.url, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
    } finally {
      await third?.stop();
    }
    const serverLog = await readFile(path.join(dataDir, 'postgres.log'), 'utf8');
    expect(serverLog).toContain('database system is ready to accept connections');
  });

  it('stops the server a killed Tandem left behind and keeps its acknowledged writes', async () => {
    const dataDir = path.join(base, 'crash');
    const port = await freePort();
    // A separate Tandem-like process that starts the database, commits a row and is then killed with SIGKILL.
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve(import.meta.dirname, 'embedded.ts'))};
      import pg from 'pg';
      const quiet = { info() {}, warn() {}, error() {} };
      const handle = await startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]) }, quiet);
      const client = new pg.Client(handle.url);
      await client.connect();
      await client.query("create table kept (note text); insert into kept values ('acknowledged before the crash')");
      await client.end();
      console.log('READY');
      setInterval(() => {}, 60_000);`;
    const app = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, dataDir, String(port)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      let output = '';
      app.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('READY')) resolve();
      });
      app.once('exit', () =>
        reject(new Error(`the crashing app exited before it was ready: ${output}`)),
      );
    });
    const orphan = await readPostmasterPid(path.join(dataDir, 'postgres'));
    app.kill('SIGKILL');
    await once(app, 'exit');
    if (orphan === null || orphan === 'unreadable') throw new Error('no postmaster.pid to read');
    expect(await isAlive(orphan?.pid ?? 0)).toBe(true);

    let restarted: EmbeddedPostgres | undefined;
    try {
      restarted = await startEmbeddedPostgres({ dataDir, port }, log);
      expect(await isAlive(orphan?.pid ?? 0)).toBe(false);
      expect(await query(restarted.url, 'select note from kept')).toEqual([
        { note: 'acknowledged before the crash' },
      ]);
    } finally {
      await restarted?.stop();
      // Should this test fail, leave no server running behind it.
      if (orphan && (await isAlive(orphan.pid))) process.kill(orphan.pid, 'SIGINT');
    }
  });

  it('refuses a port that another program holds (PORT_IN_USE), before creating anything', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    const dataDir = path.join(base, 'port');
    try {
      const error = await startupErrorOf(startEmbeddedPostgres({ dataDir, port }, log));
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.fix).toContain('TANDEM_PG_PORT');
    } finally {
      holder.close();
    }
    expect(await readPostmasterPid(path.join(dataDir, 'postgres'))).toBeNull();
  });

  it('refuses a folder that is not a PostgreSQL cluster, or one of another major version', async () => {
    const foreign = path.join(base, 'foreign');
    await mkdir(path.join(foreign, 'postgres'), { recursive: true });
    await writeFile(path.join(foreign, 'postgres', 'notes.txt'), 'not a database');
    expect(
      (
        await startupErrorOf(
          startEmbeddedPostgres({ dataDir: foreign, port: await freePort() }, log),
        )
      ).code,
    ).toBe('DATA_DIR_NOT_A_CLUSTER');

    const older = path.join(base, 'older');
    await mkdir(path.join(older, 'postgres'), { recursive: true });
    await writeFile(path.join(older, 'postgres', 'PG_VERSION'), '14\n');
    const error = await startupErrorOf(
      startEmbeddedPostgres({ dataDir: older, port: await freePort() }, log),
    );
    expect(error.code).toBe('DATA_DIR_WRONG_VERSION');
    expect(error.message).toContain('PostgreSQL 14');

    const file = path.join(base, 'a-file');
    await writeFile(file, 'not a folder');
    const notAFolder = await startupErrorOf(
      startEmbeddedPostgres({ dataDir: path.join(file, 'data'), port: await freePort() }, log),
    );
    expect(notAFolder.code).toBe('DATA_DIR_NOT_WRITABLE');
    expect(notAFolder.message).toContain('is a file');
  });
});
