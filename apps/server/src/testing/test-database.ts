import { Kysely, PostgresDialect } from 'kysely';
import pino from 'pino';
import { inject } from 'vitest';
import { createDatabasePool } from '../db/connect.ts';
import { migrateAsOwner } from '../db/migrate-as-owner.ts';
import { migrationStatus } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import type { DB } from '../db/schema.ts';
import {
  createDatabase,
  dropDatabase,
  testDatabaseName,
  urlAs,
  urlForDatabase,
} from './database-admin.ts';

export interface TestDatabase {
  /**
   * The app's connection: the run's least-privilege app role, as in
   * production. For `migrated: false`, the owner's (the migrator needs it).
   */
  db: Kysely<DB>;
  /** Connection url of `db` (it holds the test server's password). */
  url: string;
  /** The owner role's url of this database, for commands that migrate (DATABASE_OWNER_URL). */
  ownerUrl: string;
  kind: 'embedded' | 'external';
  /** The server-wide admin url, for tests that create databases of their own. */
  adminUrl: string;
  /**
   * The same database as a superuser, for tests that play an attacker with
   * database access (tampering with the audit log). Opened on first use,
   * closed by drop().
   */
  superuser(): Kysely<DB>;
  /** Closes the pools and drops the database; safe to call twice. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** false: an empty database, no migrations applied, `db` as its owner (for tests of the migrator itself). */
  migrated?: boolean;
}

const log = pino({ level: 'silent' });

function kyselyOn(url: string): Kysely<DB> {
  return new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: createDatabasePool(url, log, { preparedStatements: true }),
    }),
  });
}

/**
 * A fresh database of its own for the calling test file, cloned from the
 * template that global setup migrated (CREATE DATABASE ... TEMPLATE is much
 * faster than migrating), owned by the run's owner role. Call drop() in afterAll.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const server = inject('tandemDatabaseServer');
  const migrated = options.migrated ?? true;
  const name = testDatabaseName('file');
  await createDatabase(
    server.adminUrl,
    name,
    migrated ? server.templateDatabase : 'template0',
    server.roles,
  );
  const superuserUrl = urlForDatabase(server.adminUrl, name);
  const ownerUrl = urlAs(superuserUrl, server.roles.owner);
  const url = migrated ? urlAs(superuserUrl, server.roles.app) : ownerUrl;
  const db = kyselyOn(url);
  // In watch mode, apply migrations added since the template was made (as the owner, with grants).
  if (migrated && (await migrationStatus(db, migrations)).pending.length > 0) {
    await migrateAsOwner(
      { url: ownerUrl, variable: 'the test owner role' },
      server.roles.app.name,
      log,
    );
  }
  let superuser: Kysely<DB> | null = null;
  let dropping: Promise<void> | undefined;
  return {
    db,
    url,
    ownerUrl,
    kind: server.kind,
    adminUrl: server.adminUrl,
    superuser: () => (superuser ??= kyselyOn(superuserUrl)),
    drop: () =>
      (dropping ??= (async () => {
        await db.destroy();
        await superuser?.destroy();
        await dropDatabase(server.adminUrl, name);
      })()),
  };
}

/**
 * The owner's url for a url of this run's app role (same server, same
 * database), so that `tandem` commands run in tests migrate as production
 * does; null for any other url.
 */
export function ownerUrlFor(url: string): string | null {
  const server = inject('tandemDatabaseServer');
  try {
    const parsed = new URL(url);
    const user = decodeURIComponent(parsed.username);
    return user === server.roles.app.name ? urlAs(url, server.roles.owner) : null;
  } catch {
    return null;
  }
}
