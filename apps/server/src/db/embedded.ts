import type { ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import net from 'node:net';
import pg from 'pg';
import type { Logger } from 'pino';
import { findPostgresBinaries, type PostgresBinaries } from './embedded-binaries.ts';
import {
  embeddedPaths,
  inspectClusterDir,
  openServerLog,
  POSTGRES_MAJOR,
  prepareDataDir,
  readPassword,
  type EmbeddedPaths,
} from './embedded-data-dir.ts';
import { postgresUserForThisProcess, type PostgresUser } from './embedded-identity.ts';
import { binariesFor, placeCluster } from './embedded-placement.ts';
import { initialiseCluster, launchServer, SUPERUSER } from './embedded-process.ts';
import { clearLeftoverServer } from './embedded-stale-server.ts';
import { superviseServer } from './embedded-supervisor.ts';
import { StartupError } from './startup-error.ts';

/** Where a root Tandem keeps PostgreSQL's programs and clusters out of a private home (ADR 0001). */
export const DEFAULT_SYSTEM_DIR = '/var/lib/tandem';

export interface EmbeddedPostgresOptions {
  /**
   * Tandem's data folder; the cluster lives in `<dataDir>/postgres` (or where that
   * symbolic link points: embedded-placement.ts), its log in `<dataDir>/postgres.log`.
   */
  dataDir: string;
  port: number;
  /** The database the returned url names; created on first start. Default "tandem". */
  database?: string;
  /**
   * When another running Tandem already serves this data folder: 'fail' (the
   * default, for `tandem serve`) or 'share' its server (for short CLI commands).
   */
  whenInUse?: 'fail' | 'share';
  /**
   * As root: where PostgreSQL's programs and cluster go when the user
   * `postgres` cannot reach the checkout or the data folder (embedded-placement.ts).
   * Default /var/lib/tandem.
   */
  systemDir?: string;
  /**
   * Called once if the server dies while Tandem runs and cannot be started
   * again (embedded-supervisor.ts). Without it, that is only logged.
   */
  onFatal?: (error: StartupError) => void;
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

function connectionUrl(password: string, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<string | null>((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      probe.close(() => resolve(null)),
    );
  });
  if (problem) {
    throw new StartupError(
      'PORT_IN_USE',
      `The embedded PostgreSQL cannot listen on 127.0.0.1:${port} (${problem}); another program uses that port.`,
      `Set TANDEM_PG_PORT to a free port (e.g. TANDEM_PG_PORT=${port + 1}), or stop the program listening on ${port}.`,
    );
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** After the server died under Tandem: clear what it left (its pid file) and start it again. */
async function relaunch(
  bin: PostgresBinaries,
  paths: EmbeddedPaths,
  user: PostgresUser | null,
  port: number,
  log: Log,
): Promise<ChildProcess> {
  await clearLeftoverServer(paths.clusterDir, log);
  const serverLog = await openServerLog(paths);
  try {
    const logStart = (await stat(paths.logFile)).size;
    return await launchServer(bin, paths, user, { port, logFd: serverLog.fd, logStart }, log);
  } finally {
    await serverLog.close();
  }
}

/**
 * Start (and on first use, create) the embedded PostgreSQL 15 for Tandem's
 * data folder. Any reason it cannot is thrown as a StartupError with a fix.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
  log: Log,
): Promise<EmbeddedPostgres> {
  const database = options.database ?? 'tandem';
  const systemDir = options.systemDir ?? DEFAULT_SYSTEM_DIR;
  const user = await postgresUserForThisProcess();
  let bin = await findPostgresBinaries();
  if (user) bin = await binariesFor(user, bin, systemDir, log);
  await prepareDataDir(embeddedPaths(options.dataDir), user);
  const paths = await placeCluster(embeddedPaths(options.dataDir), user, systemDir, log);
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
  try {
    const logStart = (await stat(paths.logFile)).size;
    let password: string;
    if (state === 'cluster') {
      password = await readPassword(paths);
    } else {
      password = await initialiseCluster(bin, paths, user, serverLog.fd, logStart, options.port);
      log.info(`Created a new PostgreSQL ${POSTGRES_MAJOR} cluster in ${paths.clusterDir}.`);
    }
    const child = await launchServer(
      bin,
      paths,
      user,
      { port: options.port, logFd: serverLog.fd, logStart },
      log,
    );
    const supervisor = superviseServer(child, {
      paths,
      log,
      relaunch: () => relaunch(bin, paths, user, options.port, log),
      onFatal:
        options.onFatal ??
        ((error) => log.error(`${error.message} Fix: ${error.fix} (${error.code})`)),
    });
    const stop = () => supervisor.stop();
    const url = connectionUrl(password, options.port, database);
    const adminUrl = connectionUrl(password, options.port, 'postgres');
    try {
      await ensureDatabase(adminUrl, database);
    } catch (error) {
      await stop();
      throw error;
    }
    log.info(`Embedded PostgreSQL is ready on 127.0.0.1:${options.port} (log: ${paths.logFile}).`);
    return { url, adminUrl, stop };
  } finally {
    await serverLog.close();
  }
}
