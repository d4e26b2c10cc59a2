import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/connect.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.ts';
import { formatStartupError, isStartupError } from '../db/startup-error.ts';
import { freePort } from './free-port.ts';
import {
  createDatabase,
  createTestRoles,
  disconnectAll,
  dropAbandonedTestDatabases,
  dropDatabase,
  dropTestRoles,
  testDatabaseName,
  testRoleNames,
  urlAs,
  urlForDatabase,
  type TestRoles,
} from './database-admin.ts';

/** What the server test files learn about the database server of this run (vitest `inject`). */
export interface TestDatabaseServer {
  /** A superuser connection to a maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  kind: 'embedded' | 'external';
  /** A database migrated to the latest schema once per run; test files clone it. */
  templateDatabase: string;
  /**
   * This run's owner role (owns the template and every clone, migrates) and
   * app role (what the tests' app connects as), as in production (ADR 0007).
   */
  roles: TestRoles;
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
  const roles = testRoleNames();
  let embedded: EmbeddedPostgres | null = null;
  let tempDir: string | null = null;
  let template: string | null = null;
  let rolesMade = false;
  let adminUrl = '';

  const teardown = async () => {
    if (template !== null) await dropDatabase(adminUrl, template).catch(() => undefined);
    if (rolesMade) await dropTestRoles(adminUrl, roles).catch(() => undefined);
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
        {
          dataDir: tempDir,
          port: await freePort(),
          database: 'postgres',
          systemDir: path.join(tempDir, 'system'),
        },
        log,
      );
      adminUrl = embedded.adminUrl;
    }
    await dropAbandonedTestDatabases(adminUrl);
    await createTestRoles(adminUrl, roles);
    rolesMade = true;
    template = testDatabaseName('template');
    await createDatabase(adminUrl, template, 'template0', roles);
    // The same checks and migrations as the app's start, on the template: served as the app
    // role, migrated as the owner, which then grants the app role its privileges.
    const templateUrl = urlForDatabase(adminUrl, template);
    const database = await openDatabase(
      {
        databaseUrl: urlAs(templateUrl, roles.app),
        databaseOwnerUrl: urlAs(templateUrl, roles.owner),
        dataDir: '',
        embeddedPgPort: 0,
      },
      log,
    );
    try {
      await database.migrate(log);
    } finally {
      await database.close();
    }
    await disconnectAll(adminUrl, template);
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
    roles,
  });
  return teardown;
}
