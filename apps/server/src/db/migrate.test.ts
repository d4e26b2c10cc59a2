import { Kysely, PostgresDialect, sql, type Migration } from 'kysely';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { createDatabasePool } from './connect.ts';
import { migrateToLatest, migrationStatus } from './migrate.ts';
import { StartupError } from './startup-error.ts';

const log = pino({ level: 'silent' });

/** Each migration records that it ran; the second one is slow, to give a concurrent run a chance to overlap. */
const recordingMigrations: Record<string, Migration> = {
  '0001-runs': {
    async up(db) {
      await sql`create table runs (name text not null, ran_at timestamptz not null default clock_timestamp())`.execute(
        db,
      );
      await sql`insert into runs (name) values ('0001-runs')`.execute(db);
    },
  },
  '0002-slow': {
    async up(db) {
      await sql`select pg_sleep(0.3)`.execute(db);
      await sql`create table slow (id int primary key)`.execute(db);
      await sql`insert into runs (name) values ('0002-slow')`.execute(db);
    },
  },
  '0003-last': {
    async up(db) {
      await sql`insert into runs (name) values ('0003-last')`.execute(db);
    },
  },
};

async function runCounts(db: Kysely<unknown>): Promise<Record<string, number>> {
  const result = await sql<{
    name: string;
    count: number;
  }>`select name, count(*)::int as count from runs group by name`.execute(db);
  return Object.fromEntries(result.rows.map((row) => [row.name, row.count]));
}

describe('migrateToLatest', () => {
  const opened: TestDatabase[] = [];
  const extraDbs: Kysely<unknown>[] = [];
  afterEach(async () => {
    await Promise.all(extraDbs.splice(0).map((db) => db.destroy()));
    await Promise.all(opened.splice(0).map((database) => database.drop()));
  });
  /** A fresh database with no migrations; migrations here create their own tables. */
  async function emptyDatabase(): Promise<{ db: Kysely<unknown>; url: string }> {
    const database = await createTestDatabase({ migrated: false });
    opened.push(database);
    return { db: database.db as Kysely<unknown>, url: database.url };
  }

  it('applies every migration once and does nothing on a second run', async () => {
    const { db } = await emptyDatabase();
    expect(await migrateToLatest(db, recordingMigrations, log)).toEqual([
      '0001-runs',
      '0002-slow',
      '0003-last',
    ]);
    expect(await migrateToLatest(db, recordingMigrations, log)).toEqual([]);
    expect(await runCounts(db)).toEqual({ '0001-runs': 1, '0002-slow': 1, '0003-last': 1 });
    const status = await migrationStatus(db, recordingMigrations);
    expect(status.applied.map((it) => it.name)).toEqual(['0001-runs', '0002-slow', '0003-last']);
    expect(status.pending).toEqual([]);
    expect(status.unknown).toEqual([]);
  });

  it('lets two instances start at once: both succeed and each migration runs once', async () => {
    const { db, url } = await emptyDatabase();
    // A second "instance": its own pool on the same database.
    const other = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: createDatabasePool(url, log) }),
    });
    extraDbs.push(other);
    const [first, second] = await Promise.all([
      migrateToLatest(db, recordingMigrations, log),
      migrateToLatest(other, recordingMigrations, log),
    ]);
    expect([...first, ...second].sort()).toEqual(['0001-runs', '0002-slow', '0003-last']);
    expect(await runCounts(db)).toEqual({ '0001-runs': 1, '0002-slow': 1, '0003-last': 1 });
  });

  it('applies only the new migrations of a later build', async () => {
    const { db } = await emptyDatabase();
    const { '0003-last': _last, ...olderBuild } = recordingMigrations;
    expect(await migrateToLatest(db, olderBuild, log)).toEqual(['0001-runs', '0002-slow']);
    expect((await migrationStatus(db, recordingMigrations)).pending).toEqual(['0003-last']);
    expect(await migrateToLatest(db, recordingMigrations, log)).toEqual(['0003-last']);
  });

  it('refuses a database that a newer build has migrated (SCHEMA_NEWER_THAN_APP)', async () => {
    const { db } = await emptyDatabase();
    await migrateToLatest(db, recordingMigrations, log);
    const { '0003-last': _last, ...olderBuild } = recordingMigrations;
    const error = await migrateToLatest(db, olderBuild, log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).code).toBe('SCHEMA_NEWER_THAN_APP');
    expect((error as StartupError).message).toContain('0003-last');
    expect((await migrationStatus(db, olderBuild)).unknown).toEqual(['0003-last']);
  });

  it('rolls back only the failing migration and reports it (MIGRATION_FAILED)', async () => {
    const { db } = await emptyDatabase();
    const failing: Record<string, Migration> = {
      ...recordingMigrations,
      '0004-broken': {
        async up(db) {
          await sql`create table half_done (id int)`.execute(db);
          await sql`select * from no_such_table`.execute(db);
        },
      },
    };
    const error = await migrateToLatest(db, failing, log).catch((e: unknown) => e);
    expect((error as StartupError).code).toBe('MIGRATION_FAILED');
    expect((error as StartupError).message).toContain('0004-broken');
    const status = await migrationStatus(db, failing);
    expect(status.applied.map((it) => it.name)).toEqual(['0001-runs', '0002-slow', '0003-last']);
    expect(status.pending).toEqual(['0004-broken']);
    const halfDone = await sql<{
      found: boolean;
    }>`select to_regclass('half_done') is not null as found`.execute(db);
    expect(halfDone.rows[0]?.found).toBe(false);
  });
});
