import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creating and dropping the per-run and per-file test databases on the test
 * server (embedded or DATABASE_URL). Names carry their creation time so that
 * a later run can drop what a crashed run left on a shared server.
 */
const PREFIX = 'tandem_t_';
const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;

export function testDatabaseName(role: 'template' | 'file'): string {
  return `${PREFIX}${Date.now().toString(36)}_${role}_${randomBytes(4).toString('hex')}`;
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
): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(
      `create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`,
    ),
  );
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );
}

/** Drop test databases older than a few hours: left by runs that crashed before their teardown. */
export async function dropAbandonedTestDatabases(adminUrl: string): Promise<void> {
  const names = await withAdminClient(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [PREFIX],
    );
    return result.rows.map((row) => row.datname);
  });
  const cutoff = Date.now() - ABANDONED_AFTER_MS;
  for (const name of names) {
    const created = parseInt(name.slice(PREFIX.length).split('_')[0] ?? '', 36);
    if (Number.isFinite(created) && created < cutoff) await dropDatabase(adminUrl, name);
  }
}
