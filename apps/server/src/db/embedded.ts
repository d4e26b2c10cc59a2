import { spawn, type ChildProcess } from 'node:child_process';
import { chown, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from 'pino';
import { findPostgresBinaries, type PostgresBinaries } from './embedded-binaries.ts';
import {
  createClusterDir,
  createPassword,
  embeddedPaths,
  inspectClusterDir,
  openServerLog,
  POSTGRES_MAJOR,
  prepareDataDir,
  readLogTail,
  readPassword,
  type EmbeddedPaths,
} from './embedded-data-dir.ts';
import { assertPostgresCanReach, postgresUserForThisProcess, type PostgresUser } from './embedded-identity.ts';
import { clearLeftoverServer, readPostmasterPid } from './embedded-stale-server.ts';
import { StartupError } from './startup-error.ts';

export interface EmbeddedPostgresOptions {
  /** Tandem's data folder; the cluster lives in `<dataDir>/postgres`, its log in `<dataDir>/postgres.log`. */
  dataDir: string;
  port: number;
  /** The database the returned url names; created on first start. Default "tandem". */
  database?: string;
  /**
   * When another running Tandem already serves this data folder: 'fail' (the
   * default, for `tandem serve`) or 'share' its server (for short CLI commands).
   */
  whenInUse?: 'fail' | 'share';
}

export interface EmbeddedPostgres {
  /** postgres://postgres:<password>@127.0.0.1:<port>/<database>; it holds a secret, never log it. */
  url: string;
  /** The same server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  /** Stops the server (fast shutdown: open transactions roll back, committed data is flushed). */
  stop(): Promise<void>;
}

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

const SUPERUSER = 'postgres';

/**
 * Settings given on the command line, so they win over anything in the
 * cluster's config files: durability on, TCP on loopback only, no Unix socket
 * (its default folder may not be writable, and TCP is all Tandem uses).
 */
function serverFlags(port: number): string[] {
  const settings = {
    port: String(port),
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    fsync: 'on',
    synchronous_commit: 'on',
    full_page_writes: 'on',
    timezone: 'UTC',
    log_timezone: 'UTC',
  };
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}

/** A minimal environment: the server needs no secrets of Tandem's, and English messages are what we parse. */
function serverEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', TZ: 'UTC' };
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<string | null>((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(null)));
  });
  if (problem) {
    throw new StartupError(
      'PORT_IN_USE',
      `The embedded PostgreSQL cannot listen on 127.0.0.1:${port} (${problem}); another program uses that port.`,
      `Set TANDEM_PG_PORT to a free port (e.g. TANDEM_PG_PORT=${port + 1}), or stop the program listening on ${port}.`,
    );
  }
}

function failureFromLog(tail: string, paths: EmbeddedPaths, port: number, what: string): StartupError {
  const said = tail === '' ? '' : `\nPostgreSQL said:\n${tail}`;
  if (/could not bind|Address already in use/i.test(tail)) {
    return new StartupError(
      'PORT_IN_USE',
      `The embedded PostgreSQL cannot listen on 127.0.0.1:${port}.${said}`,
      `Set TANDEM_PG_PORT to a free port, or stop the program listening on ${port}.`,
    );
  }
  if (/lock file .* already exists/i.test(tail)) {
    return new StartupError(
      'DATA_DIR_IN_USE',
      `Another PostgreSQL server is running on ${paths.clusterDir}.${said}`,
      'Stop the other Tandem (or PostgreSQL) using this data folder, then start again.',
    );
  }
  return new StartupError(
    'EMBEDDED_START_FAILED',
    `The embedded PostgreSQL ${what}.${said}`,
    `Read ${paths.logFile} for the details. If the data folder was copied or restored, check that it is complete; or choose another folder with TANDEM_DATA_DIR.`,
  );
}

/** Run a PostgreSQL program to completion, with its output in the server log. */
function runToEnd(file: string, args: string[], user: PostgresUser | null, logFd: number, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...(user ?? {}), cwd, env: serverEnv(), stdio: ['ignore', logFd, logFd] });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function initialiseCluster(
  bin: PostgresBinaries,
  paths: EmbeddedPaths,
  user: PostgresUser | null,
  logFd: number,
  logStart: number,
  port: number,
): Promise<string> {
  await createClusterDir(paths, user);
  const password = await createPassword(paths);
  // initdb reads the password from a file; this one is readable by the server's user only, and removed at once.
  const pwFile = path.join(paths.dataDir, `.initdb-password-${process.pid}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) await chown(pwFile, user.uid, user.gid);
    const args = [
      `--pgdata=${paths.clusterDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
      '--data-checksums',
    ];
    const code = await runToEnd(bin.initdb, args, user, logFd, paths.dataDir);
    if (code !== 0) {
      throw failureFromLog(await readLogTail(paths, logStart), paths, port, `could not create its cluster in ${paths.clusterDir}`);
    }
  } finally {
    await rm(pwFile, { force: true });
  }
  return password;
}

/** Wait until the server writes "ready" into postmaster.pid, as `pg_ctl -w` does; fail if it exits first. */
async function waitUntilReady(child: ChildProcess, paths: EmbeddedPaths, log: Log): Promise<boolean> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const started = Date.now();
  let toldAboutRecovery = false;
  for (;;) {
    if (exited || child.exitCode !== null) return false;
    const pidFile = await readPostmasterPid(paths.clusterDir);
    if (pidFile !== null && pidFile.pid === child.pid && pidFile.status === 'ready') return true;
    if (!toldAboutRecovery && Date.now() - started > 5_000) {
      toldAboutRecovery = true;
      log.info('PostgreSQL is still starting (after a crash it first replays its write-ahead log)...');
    }
    await sleep(25);
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Start (and on first use, create) the embedded PostgreSQL 15 for Tandem's
 * data folder. Any reason it cannot is thrown as a StartupError with a fix.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions, log: Log): Promise<EmbeddedPostgres> {
  const database = options.database ?? 'tandem';
  const paths = embeddedPaths(options.dataDir);
  const bin = await findPostgresBinaries();
  const user = await postgresUserForThisProcess();
  if (user) await assertPostgresCanReach(user, paths.dataDir, path.dirname(bin.postgres));
  await prepareDataDir(paths, user);
  const state = await inspectClusterDir(paths, user);

  if (state === 'cluster') {
    const leftover = await clearLeftoverServer(paths.clusterDir, log);
    if (leftover.kind === 'in-use') {
      if (options.whenInUse !== 'share') {
        throw new StartupError(
          'DATA_DIR_IN_USE',
          `Another running Tandem (pid ${leftover.tandemPid}) serves the data folder ${paths.dataDir}.`,
          `Stop that Tandem first, or give this one its own folder with TANDEM_DATA_DIR (and port with TANDEM_PG_PORT).`,
        );
      }
      const password = await readPassword(paths);
      log.info(`Using the PostgreSQL of the running Tandem (pid ${leftover.tandemPid}).`);
      return {
        url: connectionUrl(password, leftover.port, database),
        adminUrl: connectionUrl(password, leftover.port, 'postgres'),
        stop: () => Promise.resolve(),
      };
    }
  }
  await assertPortFree(options.port);

  const serverLog = await openServerLog(paths);
  let child: ChildProcess | undefined;
  try {
    const logStart = (await stat(paths.logFile)).size;
    const password =
      state === 'cluster'
        ? await readPassword(paths)
        : await initialiseCluster(bin, paths, user, serverLog.fd, logStart, options.port);
    if (state !== 'cluster') log.info(`Created a new PostgreSQL ${POSTGRES_MAJOR} cluster in ${paths.clusterDir}.`);

    // Detached: a Ctrl-C in the terminal reaches Tandem only, which then drains
    // its requests before it stops the database (in stop()).
    child = spawn(bin.postgres, ['-D', paths.clusterDir, ...serverFlags(options.port)], {
      ...(user ?? {}),
      cwd: paths.clusterDir,
      env: serverEnv(),
      detached: true,
      stdio: ['ignore', serverLog.fd, serverLog.fd],
    });
    const spawnError = new Promise<Error>((resolve) => child?.once('error', resolve));
    const ready = await Promise.race([waitUntilReady(child, paths, log), spawnError]);
    if (ready !== true) {
      const reason = ready instanceof Error ? ` (${ready.message})` : '';
      throw failureFromLog(await readLogTail(paths, logStart), paths, options.port, `did not start${reason}`);
    }
    const url = connectionUrl(password, options.port, database);
    const adminUrl = connectionUrl(password, options.port, 'postgres');
    await ensureDatabase(adminUrl, database);
    log.info(`Embedded PostgreSQL is ready on 127.0.0.1:${options.port} (log: ${paths.logFile}).`);
    return { url, adminUrl, stop: supervise(child, paths, log) };
  } catch (error) {
    if (child?.pid !== undefined && child.exitCode === null) await stopChild(child);
    throw error;
  } finally {
    await serverLog.close();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  // A fast shutdown takes well under a second; if it hangs, an immediate
  // shutdown is still safe for committed data (replayed from the WAL next start).
  const escalate = setTimeout(() => child.kill('SIGQUIT'), 60_000);
  await exited;
  clearTimeout(escalate);
}

/** Watch the running server and return its stop(); an exiting Tandem tells the server to stop too. */
function supervise(child: ChildProcess, paths: EmbeddedPaths, log: Log): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const onProcessExit = () => {
    if (child.exitCode === null && child.pid !== undefined) child.kill('SIGINT');
  };
  process.once('exit', onProcessExit);
  child.once('exit', (code, signal) => {
    process.removeListener('exit', onProcessExit);
    if (!stopping) log.error(`The embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${paths.logFile}.`);
  });
  return () => {
    stopping ??= stopChild(child);
    return stopping;
  };
}
