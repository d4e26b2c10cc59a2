import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creating and dropping the per-run and per-file test databases, and the
 * run's owner and app roles, on the test server (embedded or DATABASE_URL).
 * Names carry their creation time so that a later run can drop what a
 * crashed run left on a shared server.
 */
const PREFIX = 'tandem_t_';
const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;

export function testDatabaseName(role: 'template' | 'file'): string {
  return `${PREFIX}${Date.now().toString(36)}_${role}_${randomBytes(4).toString('hex')}`;
}

/** The roles of one test run: `tandem_t_<time>_<random>_owner` and `…_app` (ADR 0007). */
export interface TestRoles {
  owner: { name: string; password: string };
  app: { name: string; password: string };
}

export function testRoleNames(): TestRoles {
  const stem = `${PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const password = () => randomBytes(18).toString('base64url');
  return {
    owner: { name: `${stem}_owner`, password: password() },
    app: { name: `${stem}_app`, password: password() },
  };
}

/** The same server and database as `url`, logged in as another role. */
export function urlAs(url: string, role: { name: string; password: string }): string {
  const parsed = new URL(url);
  parsed.username = role.name;
  parsed.password = encodeURIComponent(role.password);
  return parsed.toString();
}

/**
 * Like the embedded database's own roles: LOGIN and nothing more. Passwords
 * count on the embedded test server (SCRAM) and are ignored by a trust-auth one.
 */
export async function createTestRoles(adminUrl: string, roles: TestRoles): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    for (const role of [roles.owner, roles.app]) {
      await client.query(
        `create role ${client.escapeIdentifier(role.name)} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(role.password)}`,
      );
    }
  });
}

/** Drops the run's databases (those the owner still owns) and then its roles. */
export async function dropTestRoles(adminUrl: string, roles: TestRoles): Promise<void> {
  await dropRoles(adminUrl, [roles.owner.name, roles.app.name]);
}

async function dropRoles(adminUrl: string, names: string[]): Promise<void> {
  const owned = await withAdminClient(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      'select datname from pg_database where pg_get_userbyid(datdba) = any($1)',
      [names],
    );
    return result.rows.map((row) => row.datname);
  });
  for (const name of owned) await dropDatabase(adminUrl, name);
  await withAdminClient(adminUrl, async (client) => {
    for (const name of names) {
      await client.query(`drop role if exists ${client.escapeIdentifier(name)}`);
    }
  });
}

export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function withAdminClient<T>(
  adminUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'tandem-tests' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(
  adminUrl: string,
  name: string,
  template: string,
  /** Set up as Tandem's own database is: owned by the owner, CONNECT for the app role only. */
  roles?: TestRoles,
): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    const database = client.escapeIdentifier(name);
    const owner = roles ? ` owner ${client.escapeIdentifier(roles.owner.name)}` : '';
    await client.query(
      `create database ${database}${owner} template ${client.escapeIdentifier(template)}`,
    );
    if (roles) {
      // Database privileges are not copied from the template.
      await client.query(`revoke all on database ${database} from public`);
      await client.query(
        `grant connect on database ${database} to ${client.escapeIdentifier(roles.app.name)}`,
      );
    }
  });
}

/**
 * Cut and wait out every connection to a database: `pool.end()` resolves
 * before its sockets are closed, and a clone of a template with a connection
 * still on it fails ("being accessed by other users") if the process that
 * held it is too busy to finish closing within PostgreSQL's 5 s.
 */
export async function disconnectAll(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const left = await client.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      if (left.rowCount === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );
}

function isAbandoned(name: string): boolean {
  const created = parseInt(name.slice(PREFIX.length).split('_')[0] ?? '', 36);
  return Number.isFinite(created) && created < Date.now() - ABANDONED_AFTER_MS;
}

/**
 * Drop test databases and roles older than a few hours: left by runs that
 * crashed before their teardown.
 */
export async function dropAbandonedTestDatabases(adminUrl: string): Promise<void> {
  const { databases, roles } = await withAdminClient(adminUrl, async (client) => {
    const found = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [PREFIX],
    );
    const roleRows = await client.query<{ rolname: string }>(
      'select rolname from pg_roles where starts_with(rolname, $1)',
      [PREFIX],
    );
    return {
      databases: found.rows.map((row) => row.datname),
      roles: roleRows.rows.map((row) => row.rolname),
    };
  });
  for (const name of databases.filter(isAbandoned)) await dropDatabase(adminUrl, name);
  const abandonedRoles = roles.filter(isAbandoned);
  // A role still holding rights in a database another run uses cannot go yet; a later run retries.
  if (abandonedRoles.length > 0) await dropRoles(adminUrl, abandonedRoles).catch(() => undefined);
}
