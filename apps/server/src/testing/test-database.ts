import { Kysely, PostgresDialect } from 'kysely';
import pino from 'pino';
import { inject } from 'vitest';
import { createDatabasePool } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import type { DB } from '../db/schema.ts';
import {
  createDatabase,
  dropDatabase,
  testDatabaseName,
  urlForDatabase,
} from './database-admin.ts';

export interface TestDatabase {
  db: Kysely<DB>;
  /** Connection url of this database (it holds the test server's password). */
  url: string;
  kind: 'embedded' | 'external';
  /** The server-wide admin url, for tests that create databases of their own. */
  adminUrl: string;
  /**
   * The same database as a superuser, for tests that play an attacker with
   * database access (tampering with the audit log). Closed by drop().
   */
  superuser(): Kysely<DB>;
  /** Closes the pool and drops the database; safe to call twice. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** false: an empty database, no migrations applied (for tests of the migrator itself). */
  migrated?: boolean;
}

/**
 * A fresh database of its own for the calling test file, cloned from the
 * template that global setup migrated (CREATE DATABASE ... TEMPLATE is much
 * faster than migrating). Call drop() in afterAll.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const server = inject('tandemDatabaseServer');
  const migrated = options.migrated ?? true;
  const name = testDatabaseName('file');
  await createDatabase(server.adminUrl, name, migrated ? server.templateDatabase : 'template0');
  const url = urlForDatabase(server.adminUrl, name);
  const log = pino({ level: 'silent' });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: createDatabasePool(url, log) }),
  });
  // Normally a no-op; in watch mode it applies migrations added since the template was made.
  if (migrated) await migrateToLatest(db, migrations, log);
  let dropping: Promise<void> | undefined;
  return {
    db,
    url,
    kind: server.kind,
    adminUrl: server.adminUrl,
    // For now the tests connect as the server's superuser already.
    superuser: () => db,
    drop: () =>
      (dropping ??= (async () => {
        await db.destroy();
        await dropDatabase(server.adminUrl, name);
      })()),
  };
}
