import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { connectionFailure, describeDatabaseUrl, redactDatabaseUrl } from './connection-errors.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.ts';
import type { DB } from './schema.ts';
import { StartupError } from './startup-error.ts';
import { tandemTypeParsers } from './type-parsers.ts';

export interface Database {
  db: Kysely<DB>;
  kind: 'embedded' | 'external';
  /** Holds the password: never log it (see redactDatabaseUrl). */
  url: string;
  /** Ends the pool, then stops the embedded server if Tandem started one. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /**
   * With the embedded database, when another running Tandem serves the same
   * data folder: 'fail' (default, for `tandem serve`) or 'share' its server
   * (for short CLI commands).
   */
  whenInUse?: 'fail' | 'share';
  poolSize?: number;
}

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

/** One driver for both kinds of database: a `pg` pool with Tandem's type parsers. */
export function createDatabasePool(url: string, log: Pick<Logger, 'warn'>, poolSize = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: tandemTypeParsers,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    application_name: 'tandem',
    // Server-side date arithmetic in UTC on every server; time zones are the application's job.
    options: '-c TimeZone=UTC',
  });
  // An idle connection that breaks (server restart, network) must not crash the process.
  // Once the pool is ending, a server shutting down its last connections is expected:
  // pool.end() does not wait for them to close, so the embedded server may stop first.
  pool.on('error', (error) => {
    if (!pool.ending) log.warn(`A database connection failed while idle: ${error.message}`);
  });
  return pool;
}

export interface ServerSettings {
  versionNum: number;
  version: string;
  fsync: string;
  synchronousCommit: string;
}

/**
 * Tandem promises that an acknowledged write survives a crash, so the server
 * must flush the WAL before it answers a commit: fsync on, and synchronous
 * commit at any level but 'off' ('local', 'remote_write', 'on', 'remote_apply'
 * all wait for the local flush; the remote ones add a replica on top).
 */
export function assertServerFitsTandem(settings: ServerSettings, where: string): void {
  if (settings.versionNum < 150000) {
    throw new StartupError(
      'DATABASE_TOO_OLD',
      `${where} runs PostgreSQL ${settings.version}; Tandem needs PostgreSQL 15 or newer.`,
      'Upgrade that server, point DATABASE_URL at a PostgreSQL 15 or newer, or unset DATABASE_URL to use the embedded PostgreSQL 15.',
    );
  }
  if (settings.fsync !== 'on') {
    throw new StartupError(
      'DATABASE_NOT_DURABLE',
      `${where} runs with fsync = ${settings.fsync}: a crash could lose writes Tandem has confirmed to its users.`,
      'Set fsync = on in postgresql.conf (or ALTER SYSTEM SET fsync = on) and reload the server.',
    );
  }
  if (settings.synchronousCommit === 'off') {
    throw new StartupError(
      'DATABASE_NOT_DURABLE',
      `${where} runs with synchronous_commit = off for this database or user: a crash could lose writes Tandem has confirmed.`,
      'Turn it back on: ALTER SYSTEM SET synchronous_commit = on, or ALTER DATABASE/ROLE ... RESET synchronous_commit; then reload.',
    );
  }
}

async function readServerSettings(pool: pg.Pool, url: string): Promise<ServerSettings> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw connectionFailure(error, url);
  }
  try {
    const result = await client.query<{
      version_num: string;
      version: string;
      fsync: string;
      synchronous_commit: string;
    }>(
      `select current_setting('server_version_num') as version_num, current_setting('server_version') as version,
              current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit`,
    );
    const row = result.rows[0];
    if (!row) throw new Error('the server answered no settings');
    return {
      versionNum: Number(row.version_num),
      version: row.version,
      fsync: row.fsync,
      synchronousCommit: row.synchronous_commit,
    };
  } finally {
    client.release();
  }
}

/**
 * Connect to the database Tandem runs on: the external one in DATABASE_URL,
 * or else the embedded PostgreSQL (started here). Checks the server before
 * returning; every way this can fail is a StartupError with a fix.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  log: Log,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  if (config.databaseUrl === null) {
    embedded = await startEmbeddedPostgres(
      {
        dataDir: config.dataDir,
        port: config.embeddedPgPort,
        whenInUse: options.whenInUse ?? 'fail',
      },
      log,
    );
  }
  const url = config.databaseUrl ?? embedded?.url ?? '';
  const target = describeDatabaseUrl(url);
  const pool = createDatabasePool(url, log, options.poolSize);
  try {
    const settings = await readServerSettings(pool, url);
    assertServerFitsTandem(settings, `The database server at ${target.host}:${target.port}`);
    log.info(
      `Connected to PostgreSQL ${settings.version} (${embedded ? 'embedded' : 'external'}): ${redactDatabaseUrl(url)}`,
    );
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: embedded ? 'embedded' : 'external',
    url,
    close: () =>
      (closing ??= (async () => {
        await db.destroy();
        await embedded?.stop();
      })()),
  };
}
