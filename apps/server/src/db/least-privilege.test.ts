import { Kysely, PostgresDialect, sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { urlAs } from '../testing/database-admin.ts';
import { migrateAsOwner } from './migrate-as-owner.ts';
import { migrations } from './migrations/index.ts';
import { createDatabasePool } from './pool.ts';
import { privilegesFor } from './privileges.ts';
import { inspectAppRole } from './role-check.ts';

/**
 * The app's database role (ADR 0007), as the tests' app connects with it: it
 * cannot change the schema or rewrite the audit log, and it can reach every
 * table as privileges.ts declares, read from the catalogue so that a table a
 * later migration adds is checked too.
 */
const log = pino({ level: 'silent' });
const server = inject('tandemDatabaseServer');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

const ALL = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

/** Which table privileges the app role holds on each table in public. */
async function grantsOf(db: Kysely<unknown>, role: string): Promise<Record<string, string[]>> {
  const result = await sql<{ table: string; privilege: string }>`
    select c.relname as table, p as privilege
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    cross join unnest(${ALL}::text[]) as p
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
      and has_table_privilege(${role}, c.oid, p)
    order by c.relname, p`.execute(db);
  const grants: Record<string, string[]> = {};
  for (const row of result.rows) (grants[row.table] ??= []).push(row.privilege);
  return grants;
}

async function tablesIn(db: Kysely<unknown>): Promise<string[]> {
  const result = await sql<{ relname: string }>`
    select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by relname`.execute(db);
  return result.rows.map((row) => row.relname);
}

const expected = (table: string) => [...privilegesFor(table)].sort();

describe('the app role', () => {
  it('cannot turn off triggers, change the audit log, or change the schema', async () => {
    const db = database.db;
    await expect(sql`set session_replication_role = replica`.execute(db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`update audit_events set action = 'x'`.execute(db)).rejects.toThrow(
      /permission denied for table audit_events/,
    );
    await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(
      /permission denied for table audit_events/,
    );
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(
      /permission denied for table audit_events/,
    );
    await expect(sql`delete from audit_heads`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`truncate sessions`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`create table intruder (id int)`.execute(db)).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(sql`create schema intruder`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(
      sql`alter table audit_events disable trigger audit_events_no_update`.execute(db),
    ).rejects.toThrow(/must be owner/);
    await expect(sql`drop table audit_events`.execute(db)).rejects.toThrow(/must be owner/);
    await expect(sql`delete from kysely_migration`.execute(db)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('holds exactly the declared privileges on every table in public', async () => {
    const tables = await tablesIn(database.db as Kysely<unknown>);
    expect(tables).toEqual(expect.arrayContaining(['audit_events', 'audit_heads', 'users']));
    const grants = await grantsOf(database.db as Kysely<unknown>, server.roles.app.name);
    for (const table of tables) expect(grants[table] ?? [], table).toEqual(expected(table));
    // The exceptions, spelt out: what the rule must say whatever the code says.
    expect(grants.audit_events).toEqual(['INSERT', 'SELECT']);
    expect(grants.audit_heads).toEqual(['INSERT', 'SELECT', 'UPDATE']);
    expect(grants.kysely_migration).toEqual(['SELECT']);
    expect(grants.kysely_migration_lock).toEqual(['SELECT']);
    expect(grants.sessions).toEqual(['DELETE', 'INSERT', 'SELECT', 'UPDATE']);
  });

  it('is reported clean by the role check; a superuser is not', async () => {
    const clean = await inspectAppRole(database.db);
    expect(clean).toMatchObject({ role: server.roles.app.name, superuser: false, problems: [] });

    const asSuperuser = await inspectAppRole(database.superuser());
    expect(asSuperuser.superuser).toBe(true);
    expect(asSuperuser.problems.join('\n')).toMatch(/is a superuser/);
    expect(asSuperuser.fix).toContain('DATABASE_OWNER_URL');

    // The owner, used as the app role (one DATABASE_URL for both): owns the tables.
    const owner = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: createDatabasePool(database.ownerUrl, log) }),
    });
    try {
      const report = await inspectAppRole(owner);
      expect(report.superuser).toBe(false);
      expect(report.problems.join('\n')).toMatch(/owns the schema's tables \(.*audit_events/);
      expect(report.problems.join('\n')).toMatch(/UPDATE, DELETE, TRUNCATE on audit_events/);
    } finally {
      await owner.destroy();
    }
  });
});

describe('granting (privileges.ts)', () => {
  it('covers a table a later migration adds, takes back stray rights, and can run again', async () => {
    const fresh = await createTestDatabase({ migrated: false });
    try {
      const later = {
        ...migrations,
        '9999-later': {
          async up(db: Kysely<unknown>) {
            await sql`create table later_things (id bigint generated always as identity primary key, note text)`.execute(
              db,
            );
          },
        },
      };
      const owner = { url: fresh.url, variable: 'test' };
      const outcome = await migrateAsOwner(owner, server.roles.app.name, log, later);
      expect(outcome.applied).toContain('9999-later');
      expect(outcome.ownerRole).toBe(server.roles.owner.name);

      // Something granted by hand (or by an older build) is taken back on the next run.
      await sql`grant truncate, trigger on later_things to ${sql.id(server.roles.app.name)}`.execute(
        fresh.db,
      );
      await migrateAsOwner(owner, server.roles.app.name, log, later);
      const grants = await grantsOf(fresh.db as Kysely<unknown>, server.roles.app.name);
      expect(grants.later_things).toEqual(['DELETE', 'INSERT', 'SELECT', 'UPDATE']);
      expect(grants.audit_events).toEqual(['INSERT', 'SELECT']);

      // The app role can use the new table, identity column included.
      const app = new Kysely<unknown>({
        dialect: new PostgresDialect({
          pool: createDatabasePool(urlAs(fresh.url, server.roles.app), log),
        }),
      });
      try {
        await sql`insert into later_things (note) values ('reachable')`.execute(app);
        const rows = await sql<{ n: number }>`select count(*)::int as n from later_things`.execute(
          app,
        );
        expect(rows.rows[0]?.n).toBe(1);
      } finally {
        await app.destroy();
      }
    } finally {
      await fresh.drop();
    }
  });

  it('refuses to grant on tables the migrating role does not own, and says how to fix it', async () => {
    const fresh = await createTestDatabase({ migrated: false });
    try {
      await sql`create table foreign_owned (id int)`.execute(fresh.superuser());
      const error = await migrateAsOwner(
        { url: fresh.url, variable: 'test' },
        server.roles.app.name,
        log,
        {},
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'DATABASE_OWNER_MISMATCH' });
      expect((error as Error).message).toContain('foreign_owned');
    } finally {
      await fresh.drop();
    }
  });
});
