import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { connectionFailure, describeDatabaseUrl, redactDatabaseUrl } from './connection-errors.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.ts';
import { provisionEmbeddedRoles } from './embedded-roles.ts';
import { migrateAsOwner, type MigrationOutcome, type OwnerConnection } from './migrate-as-owner.ts';
import { createDatabasePool } from './pool.ts';
import type { DB } from './schema.ts';
import { StartupError } from './startup-error.ts';

export { createDatabasePool };

export interface Database {
  /** The app's pool, connected as the least-privilege app role (ADR 0007). */
  db: Kysely<DB>;
  kind: 'embedded' | 'external';
  /** The app role's url. Holds the password: never log it (see redactDatabaseUrl). */
  url: string;
  /** The owner role's url, used only to migrate; the same as url when one role does both. Holds a password. */
  ownerUrl: string;
  /**
   * Migrate to this build's schema as the owner (its own connection, opened
   * and closed here, under the migration lock), then grant the app role its
   * privileges (privileges.ts).
   */
  migrate: (log: Pick<Logger, 'info' | 'warn'>) => Promise<MigrationOutcome>;
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
  /**
   * The embedded server died and could not be started again: Tandem must
   * stop (`tandem serve` exits 1 with this error). Not called for external servers,
   * whose outages the pool rides out (the API answers 503 meanwhile).
   */
  onFatal?: (error: StartupError) => void;
}

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

export interface ServerSettings {
  versionNum: number;
  version: string;
  fsync: string;
  synchronousCommit: string;
  /** current_user: the role Tandem serves as. */
  role?: string;
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
      role: string;
    }>(
      `select current_setting('server_version_num') as version_num, current_setting('server_version') as version,
              current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit,
              current_user as role`,
    );
    const row = result.rows[0];
    if (!row) throw new Error('the server answered no settings');
    return {
      versionNum: Number(row.version_num),
      version: row.version,
      fsync: row.fsync,
      synchronousCommit: row.synchronous_commit,
      role: row.role,
    };
  } finally {
    client.release();
  }
}

interface Connections {
  appUrl: string;
  owner: OwnerConnection;
  embedded: EmbeddedPostgres | null;
}

/**
 * The embedded server (started here, its roles set up by its superuser), or
 * the external one: DATABASE_URL for the app, DATABASE_OWNER_URL (else the
 * same) to migrate.
 */
async function connections(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'> &
    Partial<Pick<Config, 'databaseOwnerUrl' | 'embeddedPgSystemDir'>>,
  log: Log,
  options: OpenDatabaseOptions,
): Promise<Connections> {
  if (config.databaseUrl !== null) {
    const ownerUrl = config.databaseOwnerUrl ?? null;
    if (ownerUrl !== null) describeDatabaseUrl(ownerUrl, 'DATABASE_OWNER_URL');
    return {
      appUrl: config.databaseUrl,
      owner: ownerUrl
        ? { url: ownerUrl, variable: 'DATABASE_OWNER_URL' }
        : { url: config.databaseUrl, variable: 'DATABASE_URL' },
      embedded: null,
    };
  }
  const embedded = await startEmbeddedPostgres(
    {
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      whenInUse: options.whenInUse ?? 'fail',
      ...(config.embeddedPgSystemDir ? { systemDir: config.embeddedPgSystemDir } : {}),
      ...(options.onFatal ? { onFatal: options.onFatal } : {}),
    },
    log,
  );
  try {
    const urls = await provisionEmbeddedRoles(embedded.adminUrl, 'tandem', config.dataDir, log);
    return {
      appUrl: urls.appUrl,
      owner: { url: urls.ownerUrl, variable: `${config.dataDir}/tandem_owner.password` },
      embedded,
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/**
 * Connect to the database Tandem runs on: the external one in DATABASE_URL,
 * or else the embedded PostgreSQL (started here). Checks the server before
 * returning; every way this can fail is a StartupError with a fix.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'> &
    Partial<Pick<Config, 'databaseOwnerUrl' | 'embeddedPgSystemDir' | 'dbPreparedStatements'>>,
  log: Log,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const { appUrl: url, owner, embedded } = await connections(config, log, options);
  const target = describeDatabaseUrl(url);
  const pool = createDatabasePool(url, log, {
    ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
    preparedStatements: config.dbPreparedStatements ?? true,
  });
  let appRole: string;
  try {
    const settings = await readServerSettings(pool, url);
    assertServerFitsTandem(settings, `The database server at ${target.host}:${target.port}`);
    appRole = settings.role ?? target.user;
    log.info(
      `Connected to PostgreSQL ${settings.version} (${embedded ? 'embedded' : 'external'}) as ${appRole}: ${redactDatabaseUrl(url)}`,
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
    ownerUrl: owner.url,
    migrate: (migrationLog) => migrateAsOwner(owner, appRole, migrationLog),
    close: () =>
      (closing ??= (async () => {
        await db.destroy();
        // Kysely ends the pool only if it ever ran a query; the start-up checks used it directly.
        if (!pool.ending) await pool.end();
        await embedded?.stop();
      })()),
  };
}
