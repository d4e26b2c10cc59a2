import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/connect.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { formatStartupError, isStartupError } from '../db/startup-error.ts';
import { freePort } from './free-port.ts';
import {
  createDatabase,
  dropAbandonedTestDatabases,
  dropDatabase,
  testDatabaseName,
  urlForDatabase,
} from './database-admin.ts';

/** What the server test files learn about the database server of this run (vitest `inject`). */
export interface TestDatabaseServer {
  /** A superuser connection to a maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  kind: 'embedded' | 'external';
  /** A database migrated to the latest schema once per run; test files clone it. */
  templateDatabase: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    tandemDatabaseServer: TestDatabaseServer;
  }
}

/**
 * One database server for the whole `server` test run: DATABASE_URL when set
 * (an admin URL of an external PostgreSQL), else an embedded PostgreSQL in a
 * fresh temporary folder, removed at teardown. Test files clone a template
 * migrated here (see test-database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = pino({ level: 'warn' });
  const externalUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | null = null;
  let tempDir: string | null = null;
  let template: string | null = null;
  let adminUrl = '';

  const teardown = async () => {
    if (template !== null) await dropDatabase(adminUrl, template).catch(() => undefined);
    await embedded?.stop();
    if (tempDir !== null) await rm(tempDir, { recursive: true, force: true });
  };

  try {
    if (externalUrl) {
      adminUrl = externalUrl;
    } else {
      tempDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-test-pg-'));
      // mkdtemp makes a 0700 folder; as root, PostgreSQL runs as `postgres` and must pass through it.
      await chmod(tempDir, 0o711);
      embedded = await startEmbeddedPostgres(
        { dataDir: tempDir, port: await freePort(), database: 'postgres' },
        log,
      );
      adminUrl = embedded.adminUrl;
    }
    await dropAbandonedTestDatabases(adminUrl);
    template = testDatabaseName('template');
    await createDatabase(adminUrl, template, 'template0');
    // The same checks and migrations as the app's start, on the template.
    const database = await openDatabase(
      { databaseUrl: urlForDatabase(adminUrl, template), dataDir: '', embeddedPgPort: 0 },
      log,
    );
    try {
      await migrateToLatest(database.db, migrations, log);
    } finally {
      await database.close();
    }
  } catch (error) {
    await teardown();
    throw isStartupError(error)
      ? new Error(`Test database server: ${formatStartupError(error)}`)
      : error;
  }

  project.provide('tandemDatabaseServer', {
    adminUrl,
    kind: externalUrl ? 'external' : 'embedded',
    templateDatabase: template,
  });
  return teardown;
}
