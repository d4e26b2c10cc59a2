import { Migrator, sql, type Kysely, type Migration, type MigrationResult } from 'kysely';
import type { Logger } from 'pino';
import { StartupError } from './startup-error.ts';

/** Kysely's default bookkeeping table: one row per applied migration. */
const MIGRATION_TABLE = 'kysely_migration';

/**
 * The session-level advisory lock that serialises migration runs across
 * instances: "tandem" in ASCII, a fixed key no other code uses.
 */
export const MIGRATION_LOCK_KEY = 0x74616e64656d;

export interface MigrationStatus {
  applied: { name: string; executedAt: Date }[];
  /** Known to this build, not yet applied. */
  pending: string[];
  /** Applied to the database, unknown to this build: the schema is newer than the app. */
  unknown: string[];
}

async function appliedMigrations<T>(db: Kysely<T>): Promise<{ name: string; executedAt: Date }[]> {
  const exists = await sql<{
    found: boolean;
  }>`select to_regclass(${MIGRATION_TABLE}) is not null as found`.execute(db);
  if (exists.rows[0]?.found !== true) return [];
  const rows = await sql<{
    name: string;
    timestamp: string;
  }>`select name, timestamp from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.rows
    .map((row) => ({ name: row.name, executedAt: new Date(row.timestamp) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What `tandem migrate --status` prints. Reads only; takes no lock. */
export async function migrationStatus<T>(
  db: Kysely<T>,
  migrations: Record<string, Migration>,
): Promise<MigrationStatus> {
  const applied = await appliedMigrations(db);
  const appliedNames = new Set(applied.map((it) => it.name));
  return {
    applied,
    pending: Object.keys(migrations)
      .filter((name) => !appliedNames.has(name))
      .sort(),
    unknown: applied.map((it) => it.name).filter((name) => !(name in migrations)),
  };
}

function schemaNewerThanApp(unknown: string[]): StartupError {
  return new StartupError(
    'SCHEMA_NEWER_THAN_APP',
    `The database has migrations this Tandem does not know (${unknown.join(', ')}): a newer Tandem has upgraded it.`,
    'Run the Tandem version that upgraded this database (or a newer one). Older builds must not write to a schema they do not understand.',
  );
}

function migrationFailed(
  error: unknown,
  results: readonly MigrationResult[] | undefined,
): StartupError {
  const failed = results?.find((it) => it.status === 'Error')?.migrationName;
  const reason = error instanceof Error ? error.message : String(error);
  return new StartupError(
    'MIGRATION_FAILED',
    failed
      ? `Migration ${failed} failed and was rolled back: ${reason}`
      : `Migrating the database failed: ${reason}`,
    'The database stays at the last migration that succeeded. Fix the cause above (the database server log may say more), then start again.',
    { cause: error },
  );
}

export interface MigrateOptions<T> {
  /**
   * Runs on the migrating connection after the migrations, still under the
   * lock (the owner grants the app role its privileges here), also when there
   * was nothing to apply.
   */
  afterMigrate?: (connection: Kysely<T>) => Promise<void>;
}

/**
 * Bring the schema up to this build's latest migration. The whole run holds a
 * PostgreSQL advisory lock on one dedicated connection, so instances starting
 * together take turns and each migration is applied once; every migration
 * runs in its own transaction (Kysely's migrateUp), so a failure rolls back
 * only that one. Returns the names applied by this call.
 */
export async function migrateToLatest<T>(
  db: Kysely<T>,
  migrations: Record<string, Migration>,
  log: Pick<Logger, 'info'>,
  options: MigrateOptions<T> = {},
): Promise<string[]> {
  return db.connection().execute(async (connection) => {
    const gotLock = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) as locked`.execute(connection);
    if (gotLock.rows[0]?.locked !== true) {
      log.info('Another Tandem instance is migrating the database; waiting for it.');
      await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
    try {
      const applied = await applyPending(connection, migrations, log);
      await options.afterMigrate?.(connection);
      return applied;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

async function applyPending<T>(
  connection: Kysely<T>,
  migrations: Record<string, Migration>,
  log: Pick<Logger, 'info'>,
): Promise<string[]> {
  const status = await migrationStatus(connection, migrations);
  if (status.unknown.length > 0) throw schemaNewerThanApp(status.unknown);
  if (status.pending.length === 0) return [];

  const migrator = new Migrator({
    db: connection,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const applied: string[] = [];
  for (;;) {
    const { error, results } = await migrator.migrateUp();
    if (error !== undefined) throw migrationFailed(error, results);
    const done = results?.filter((it) => it.status === 'Success') ?? [];
    if (done.length === 0) break;
    for (const result of done) {
      applied.push(result.migrationName);
      log.info(`Applied migration ${result.migrationName}.`);
    }
  }
  return applied;
}
