import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/free-port.ts';
import { openDatabase } from './connect.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { APP_ROLE, OWNER_ROLE } from './embedded-roles.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { createDatabasePool } from './pool.ts';
import { inspectAppRole } from './role-check.ts';

/**
 * The embedded database's roles (ADR 0007): Tandem sets them up by itself,
 * and converts a data folder made before them, when every object belonged to
 * the bootstrap superuser `postgres`.
 */
const log = pino({ level: 'silent' });
let base: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'tandem-roles-'));
  await chmod(base, 0o711); // as root, PostgreSQL runs as `postgres` and must pass through
});
afterAll(async () => rm(base, { recursive: true, force: true }));

function config(dataDir: string, port: number) {
  return {
    databaseUrl: null,
    dataDir,
    embeddedPgPort: port,
    embeddedPgSystemDir: path.join(base, 'system'),
  };
}

interface Layout {
  databaseOwner: string;
  objectOwners: string[];
  publicCanConnect: boolean;
  appCanConnect: boolean;
}

async function layout(superuser: Kysely<unknown>): Promise<Layout> {
  const result = await sql<Layout>`
    select pg_get_userbyid(d.datdba) as "databaseOwner",
           array(
             select distinct pg_get_userbyid(owner)::text from (
               select c.relowner as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
               union all
               select p.proowner from pg_proc p join pg_namespace n on n.oid = p.pronamespace
               where n.nspname = 'public'
             ) owners
           ) as "objectOwners",
           has_database_privilege('public', d.oid, 'CONNECT') as "publicCanConnect",
           case when exists (select 1 from pg_roles where rolname = ${APP_ROLE})
                then has_database_privilege(${APP_ROLE}, d.oid, 'CONNECT') else false end as "appCanConnect"
    from pg_database d where d.datname = current_database()`.execute(superuser);
  const row = result.rows[0];
  if (!row) throw new Error('no database');
  return row;
}

/** As the bootstrap superuser, on the same server and database as the app's url. */
function superuserOn(appUrl: string, superuserUrl: string): Kysely<unknown> {
  const url = new URL(superuserUrl);
  url.pathname = new URL(appUrl).pathname;
  return new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: createDatabasePool(url.toString(), log) }),
  });
}

describe('the embedded database roles', () => {
  it('converts a data folder made before the roles: everything postgres owned moves to the owner', async () => {
    const dataDir = path.join(base, 'old-layout');
    const port = await freePort();
    // The previous version: the database created and migrated by the superuser `postgres`.
    const old = await startEmbeddedPostgres({ dataDir, port }, log);
    const oldDb = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: createDatabasePool(old.url, log) }),
    });
    try {
      await migrateToLatest(oldDb, migrations, log);
      expect((await layout(oldDb)).objectOwners).toEqual(['postgres']);
    } finally {
      await oldDb.destroy();
      await old.stop();
    }

    // Started as this version starts it.
    const database = await openDatabase(config(dataDir, port), log);
    const superuser = superuserOn(database.url, old.url);
    try {
      expect(new URL(database.url).username).toBe(APP_ROLE);
      expect(new URL(database.ownerUrl).username).toBe(OWNER_ROLE);
      await database.migrate(log);
      expect(await layout(superuser)).toEqual({
        databaseOwner: OWNER_ROLE,
        objectOwners: [OWNER_ROLE],
        publicCanConnect: false,
        appCanConnect: true,
      });
      expect((await inspectAppRole(database.db)).problems).toEqual([]);
      await expect(sql`update audit_events set action = 'x'`.execute(database.db)).rejects.toThrow(
        /permission denied/,
      );
      const users = await sql<{ n: number }>`select count(*)::int as n from users`.execute(
        database.db,
      );
      expect(users.rows[0]?.n).toBe(0);
      for (const role of [OWNER_ROLE, APP_ROLE]) {
        expect((await stat(path.join(dataDir, `${role}.password`))).mode & 0o777).toBe(0o600);
      }
      const attributes = await sql<{ rolname: string; special: boolean }>`
        select rolname, rolsuper or rolcreatedb or rolcreaterole or rolreplication or rolbypassrls as special
        from pg_roles where rolname in (${OWNER_ROLE}, ${APP_ROLE}) order by rolname`.execute(
        superuser,
      );
      expect(attributes.rows).toEqual([
        { rolname: APP_ROLE, special: false },
        { rolname: OWNER_ROLE, special: false },
      ]);
    } finally {
      await superuser.destroy();
      await database.close();
    }

    // The next start finds everything in order and keeps the passwords.
    const again = await openDatabase(config(dataDir, port), log);
    try {
      expect(again.url).toBe(database.url);
      await again.migrate(log);
      expect((await inspectAppRole(again.db)).problems).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('sets up a new data folder the same way', async () => {
    const dataDir = path.join(base, 'new');
    const database = await openDatabase(config(dataDir, await freePort()), log);
    try {
      const outcome = await database.migrate(log);
      expect(outcome).toMatchObject({ ownerRole: OWNER_ROLE, appRole: APP_ROLE });
      expect(outcome.applied).toEqual(Object.keys(migrations));
      expect((await inspectAppRole(database.db)).problems).toEqual([]);
      await expect(sql`create table intruder (id int)`.execute(database.db)).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await database.close();
    }
  });
});
