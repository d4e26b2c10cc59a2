import { Kysely, PostgresDialect, sql, type Migration } from 'kysely';
import type { Logger } from 'pino';
import { connectionFailure } from './connection-errors.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations as buildMigrations } from './migrations/index.ts';
import { createDatabasePool } from './pool.ts';
import { grantAppPrivileges } from './privileges.ts';

export interface OwnerConnection {
  /** Holds a password: never log it. */
  url: string;
  /** The setting it came from, named when it does not work (DATABASE_OWNER_URL, DATABASE_URL). */
  variable: string;
}

export interface MigrationOutcome {
  /** Migrations applied by this run. */
  applied: string[];
  ownerRole: string;
  appRole: string;
}

/**
 * Migrate as the owner role over a connection of its own, opened for this and
 * closed after: the app's pool never holds the owner's rights. Under the same
 * lock, the owner then grants the app role what privileges.ts declares (unless
 * one role does both, as with a single DATABASE_URL).
 */
export async function migrateAsOwner(
  owner: OwnerConnection,
  appRole: string,
  log: Pick<Logger, 'info' | 'warn'>,
  migrations: Record<string, Migration> = buildMigrations,
): Promise<MigrationOutcome> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: createDatabasePool(owner.url, log, { poolSize: 1 }) }),
  });
  try {
    let ownerRole: string;
    try {
      const me = await sql<{ name: string }>`select current_user as name`.execute(db);
      ownerRole = me.rows[0]?.name ?? '';
    } catch (error) {
      throw connectionFailure(error, owner.url, owner.variable);
    }
    const applied = await migrateToLatest(db, migrations, log, {
      afterMigrate: async (connection) => {
        if (ownerRole !== appRole) await grantAppPrivileges(connection, appRole);
      },
    });
    return { applied, ownerRole, appRole };
  } finally {
    await db.destroy();
  }
}
