import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { transferOwnershipInPublic } from './embedded-ownership.ts';
import { StartupError } from './startup-error.ts';

/**
 * The embedded database's two roles (ADR 0007): the owner, which migrates and
 * owns the schema, and the app role Tandem serves as. Set up by the bootstrap
 * superuser `postgres` at every start (idempotent), so a data folder made by
 * an earlier Tandem, when everything belonged to `postgres`, is converted.
 */
export const OWNER_ROLE = 'tandem_owner';
export const APP_ROLE = 'tandem_app';

/** Serialises role setup between a starting Tandem and a CLI command sharing its server. */
const ROLE_SETUP_LOCK_KEY = 0x74616e64656e;

export interface EmbeddedRoleUrls {
  /** tandem_app on the Tandem database; holds a password, never log it. */
  appUrl: string;
  /** tandem_owner on the Tandem database; holds a password, never log it. */
  ownerUrl: string;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

/** The role's password, kept beside postgres.password (mode 0600); made on first use. */
async function passwordFor(dataDir: string, role: string): Promise<string> {
  const file = path.join(dataDir, `${role}.password`);
  const made = randomBytes(24).toString('base64url');
  try {
    // 'wx': a CLI command starting at the same moment keeps the password written first.
    await writeFile(file, `${made}\n`, { mode: 0o600, flag: 'wx' });
    return made;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  }
  return (await readFile(file, 'utf8')).trim();
}

function roleUrl(adminUrl: string, role: string, password: string, database: string): string {
  const url = new URL(onDatabase(adminUrl, database));
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** The same login on another database of the server. */
function onDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'tandem-setup' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** LOGIN and nothing else: no superuser, no role or database creation, no replication, no RLS bypass. */
async function ensureRole(client: pg.Client, role: string, password: string): Promise<void> {
  const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  if (found.rowCount === 0) await client.query(`create role ${client.escapeIdentifier(role)}`);
  await client.query(
    `alter role ${client.escapeIdentifier(role)} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit password ${client.escapeLiteral(password)}`,
  );
}

/**
 * The database belongs to the owner; PUBLIC loses its default CONNECT and
 * TEMPORARY, and the app role may connect (the owner always may).
 */
async function ensureDatabase(client: pg.Client, database: string): Promise<void> {
  const name = client.escapeIdentifier(database);
  const found = await client.query<{ owner: string }>(
    'select pg_get_userbyid(datdba) as owner from pg_database where datname = $1',
    [database],
  );
  const owner = found.rows[0]?.owner;
  if (owner === undefined) {
    await client.query(`create database ${name} owner ${OWNER_ROLE}`);
  } else if (owner !== OWNER_ROLE) {
    await client.query(`alter database ${name} owner to ${OWNER_ROLE}`);
  }
  await client.query(`revoke all on database ${name} from public`);
  await client.query(`grant connect on database ${name} to ${APP_ROLE}`);
}

/**
 * Make sure both roles exist with their passwords and the database is set up
 * for them, then answer the two roles' urls. `adminUrl` is the superuser's
 * url of the server's `postgres` database.
 */
export async function provisionEmbeddedRoles(
  adminUrl: string,
  database: string,
  dataDir: string,
  log: Pick<Logger, 'info'>,
): Promise<EmbeddedRoleUrls> {
  try {
    const ownerPassword = await passwordFor(dataDir, OWNER_ROLE);
    const appPassword = await passwordFor(dataDir, APP_ROLE);
    await withClient(adminUrl, async (client) => {
      await client.query('select pg_advisory_lock($1)', [ROLE_SETUP_LOCK_KEY]);
      try {
        await ensureRole(client, OWNER_ROLE, ownerPassword);
        await ensureRole(client, APP_ROLE, appPassword);
        await ensureDatabase(client, database);
      } finally {
        await client.query('select pg_advisory_unlock($1)', [ROLE_SETUP_LOCK_KEY]);
      }
    });
    const moved = await withClient(onDatabase(adminUrl, database), (client) =>
      transferOwnershipInPublic(client, OWNER_ROLE),
    );
    if (moved > 0) {
      log.info(
        `Gave ${moved} database object(s) made by an earlier Tandem to the owner role ${OWNER_ROLE}; Tandem now serves as ${APP_ROLE}.`,
      );
    }
    return {
      appUrl: roleUrl(adminUrl, APP_ROLE, appPassword, database),
      ownerUrl: roleUrl(adminUrl, OWNER_ROLE, ownerPassword, database),
    };
  } catch (cause) {
    if (cause instanceof StartupError) throw cause;
    throw new StartupError(
      'EMBEDDED_ROLES_FAILED',
      `Tandem could not set up the roles of its embedded database (${cause instanceof Error ? cause.message : String(cause)}).`,
      `Check that ${dataDir} is writable by Tandem's user, and read ${path.join(dataDir, 'postgres.log')}.`,
      { cause },
    );
  }
}
