import { spawn, type ChildProcess } from 'node:child_process';
import { chown, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { PostgresBinaries } from './embedded-binaries.ts';
import {
  createClusterDir,
  createPassword,
  readLogTail,
  type EmbeddedPaths,
} from './embedded-data-dir.ts';
import type { PostgresUser } from './embedded-identity.ts';
import { readPostmasterPid } from './embedded-stale-server.ts';
import { StartupError } from './startup-error.ts';

/**
 * The PostgreSQL processes of the embedded database: initdb on first use, the
 * server itself, and its shutdown. Their output goes to the server log file,
 * never to Tandem's terminal.
 */

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

export const SUPERUSER = 'postgres';

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

export function failureFromLog(
  tail: string,
  paths: EmbeddedPaths,
  port: number,
  what: string,
): StartupError {
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
function runToEnd(
  file: string,
  args: string[],
  user: PostgresUser | null,
  logFd: number,
  cwd: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...(user ?? {}),
      cwd,
      env: serverEnv(),
      stdio: ['ignore', logFd, logFd],
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export async function initialiseCluster(
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
  // It sits beside the cluster, which the server's user can reach (the data folder may be out of its reach).
  const besideCluster = path.dirname(paths.clusterDir);
  const pwFile = path.join(besideCluster, `.initdb-password-${process.pid}`);
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
    const code = await runToEnd(bin.initdb, args, user, logFd, besideCluster);
    if (code !== 0) {
      throw failureFromLog(
        await readLogTail(paths, logStart),
        paths,
        port,
        `could not create its cluster in ${paths.clusterDir}`,
      );
    }
  } finally {
    await rm(pwFile, { force: true });
  }
  return password;
}

/**
 * Wait until the server writes "ready" into postmaster.pid, as `pg_ctl -w`
 * does. Resolves with null when ready, or with why it will not be.
 */
async function waitUntilReady(
  child: ChildProcess,
  paths: EmbeddedPaths,
  log: Log,
): Promise<string | null> {
  let failure: string | null = null;
  child.once('error', (error) => (failure ??= error.message));
  child.once('exit', () => (failure ??= 'it exited'));
  const started = Date.now();
  let toldAboutRecovery = false;
  for (;;) {
    if (failure !== null) return failure;
    const pidFile = await readPostmasterPid(paths.clusterDir);
    if (
      pidFile !== null &&
      pidFile !== 'unreadable' &&
      pidFile.pid === child.pid &&
      pidFile.status === 'ready'
    )
      return null;
    if (!toldAboutRecovery && Date.now() - started > 5_000) {
      toldAboutRecovery = true;
      log.info(
        'PostgreSQL is still starting (after a crash it first replays its write-ahead log).',
      );
    }
    await sleep(25);
  }
}

/**
 * Start the server for an existing cluster and wait until it accepts
 * connections. Detached: a Ctrl-C in the terminal reaches Tandem only, which
 * drains its requests before it stops the database (see supervise).
 */
export async function launchServer(
  bin: PostgresBinaries,
  paths: EmbeddedPaths,
  user: PostgresUser | null,
  server: { port: number; logFd: number; logStart: number },
  log: Log,
): Promise<ChildProcess> {
  const child = spawn(bin.postgres, ['-D', paths.clusterDir, ...serverFlags(server.port)], {
    ...(user ?? {}),
    cwd: paths.clusterDir,
    env: serverEnv(),
    detached: true,
    stdio: ['ignore', server.logFd, server.logFd],
  });
  const failure = await waitUntilReady(child, paths, log);
  if (failure === null) return child;
  if (child.pid !== undefined) await stopChild(child);
  throw failureFromLog(
    await readLogTail(paths, server.logStart),
    paths,
    server.port,
    `did not start (${failure})`,
  );
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  // A fast shutdown takes well under a second; if it hangs, an immediate
  // shutdown is still safe for committed data (replayed from the WAL next start).
  const escalate = setTimeout(() => child.kill('SIGQUIT'), 60_000);
  await exited;
  clearTimeout(escalate);
}
