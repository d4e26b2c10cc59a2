import net from 'node:net';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { withAdminClient } from '../testing/database-admin.ts';
import { assertServerFitsTandem, openDatabase, type ServerSettings } from './connect.ts';
import { redactDatabaseUrl } from './connection-errors.ts';
import { StartupError } from './startup-error.ts';

const log = pino({ level: 'silent' });
const server = inject('tandemDatabaseServer');

function external(url: string) {
  return { databaseUrl: url, dataDir: '/nonexistent', embeddedPgPort: 1 };
}

async function startupErrorOf(promise: Promise<unknown>): Promise<StartupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StartupError))
    throw new Error(`expected a StartupError, got ${String(error)}`);
  return error;
}

function withUrl(url: string, change: (parsed: URL) => void): string {
  const parsed = new URL(url);
  change(parsed);
  return parsed.toString();
}

describe('openDatabase on the real test server', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it('connects, finds fsync and synchronous_commit on, and parses types sensibly', async () => {
    const database = await openDatabase(external(testDb.url), log);
    try {
      expect(database.kind).toBe('external');
      const settings = await sql<{ fsync: string; synchronous_commit: string }>`
        select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit`.execute(
        database.db,
      );
      expect(settings.rows[0]).toEqual({ fsync: 'on', synchronous_commit: 'on' });

      const row = await sql<{
        big: unknown;
        num: unknown;
        at: unknown;
        day: unknown;
        local: unknown;
      }>`
        select 9007199254740991::int8 as big, 2.25::numeric as num, timestamptz '2024-03-31 01:30:00+00' as at,
               date '2024-03-31' as day, timestamp '2024-03-31 01:30:00' as local`.execute(
        database.db,
      );
      expect(row.rows[0]).toEqual({
        big: 9007199254740991,
        num: 2.25,
        at: new Date('2024-03-31T01:30:00Z'),
        day: '2024-03-31',
        local: new Date('2024-03-31T01:30:00Z'),
      });
      await expect(
        sql`select 9007199254740993::int8 as too_big`.execute(database.db),
      ).rejects.toThrow(/safe|fit/);
    } finally {
      await database.close();
    }
  });

  it('leaves no connection behind on close, even when nothing ran through Kysely', async () => {
    const name = new URL(testDb.url).pathname.slice(1);
    const database = await openDatabase(external(testDb.url), log);
    await database.close();
    // pool.end() resolves before its sockets close: allow a moment, far less than the idle timeout.
    let left = -1;
    for (let i = 0; i < 40 && left !== 0; i++) {
      left = await withAdminClient(server.adminUrl, async (client) => {
        const found = await client.query(
          'select 1 from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        );
        return found.rowCount ?? 0;
      });
      if (left !== 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(left).toBe(0);
  });

  it('refuses a database where synchronous_commit is off (DATABASE_NOT_DURABLE)', async () => {
    const name = new URL(testDb.url).pathname.slice(1);
    await withAdminClient(server.adminUrl, (client) =>
      client.query(`alter database ${client.escapeIdentifier(name)} set synchronous_commit = off`),
    );
    try {
      const error = await startupErrorOf(openDatabase(external(testDb.url), log));
      expect(error.code).toBe('DATABASE_NOT_DURABLE');
      expect(error.message).toContain('synchronous_commit');
    } finally {
      await withAdminClient(server.adminUrl, (client) =>
        client.query(`alter database ${client.escapeIdentifier(name)} reset synchronous_commit`),
      );
    }
  });

  it('says when the database does not exist (DATABASE_MISSING)', async () => {
    const url = withUrl(testDb.url, (u) => (u.pathname = '/tandem_no_such_database'));
    const error = await startupErrorOf(openDatabase(external(url), log));
    expect(error.code).toBe('DATABASE_MISSING');
    expect(error.fix).toContain('createdb');
  });

  it('says when the login is refused (DATABASE_AUTH_FAILED)', async () => {
    const url = withUrl(testDb.url, (u) => (u.username = 'tandem_no_such_role'));
    const error = await startupErrorOf(openDatabase(external(url), log));
    expect(error.code).toBe('DATABASE_AUTH_FAILED');
  });

  // The machine's PostgreSQL trusts local logins, so only the embedded server checks passwords.
  it.skipIf(server.kind === 'external')(
    'says when the password is wrong (DATABASE_AUTH_FAILED)',
    async () => {
      const url = withUrl(testDb.url, (u) => (u.password = 'wrong-password'));
      const error = await startupErrorOf(openDatabase(external(url), log));
      expect(error.code).toBe('DATABASE_AUTH_FAILED');
      expect(error.message).not.toContain('wrong-password');
    },
  );

  it('says when nothing listens at the address (DATABASE_UNREACHABLE)', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address() as net.AddressInfo;
        probe.close(() => resolve(address.port));
      });
    });
    const url = withUrl(testDb.url, (u) => (u.port = String(port)));
    const error = await startupErrorOf(openDatabase(external(url), log));
    expect(error.code).toBe('DATABASE_UNREACHABLE');
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });
});

describe('assertServerFitsTandem', () => {
  const good: ServerSettings = {
    versionNum: 150018,
    version: '15.18',
    fsync: 'on',
    synchronousCommit: 'on',
  };
  const codeFor = (settings: ServerSettings) => {
    try {
      assertServerFitsTandem(settings, 'the server');
      return null;
    } catch (error) {
      return (error as StartupError).code;
    }
  };

  it('accepts PostgreSQL 15 and newer with durable commits', () => {
    expect(codeFor(good)).toBeNull();
    expect(codeFor({ ...good, versionNum: 180001, version: '18.1' })).toBeNull();
    expect(codeFor({ ...good, synchronousCommit: 'remote_apply' })).toBeNull();
    expect(codeFor({ ...good, synchronousCommit: 'local' })).toBeNull();
  });

  it('refuses older servers and fsync or synchronous_commit off', () => {
    expect(codeFor({ ...good, versionNum: 149999, version: '14.99' })).toBe('DATABASE_TOO_OLD');
    expect(codeFor({ ...good, fsync: 'off' })).toBe('DATABASE_NOT_DURABLE');
    expect(codeFor({ ...good, synchronousCommit: 'off' })).toBe('DATABASE_NOT_DURABLE');
  });
});

describe('redactDatabaseUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactDatabaseUrl('postgres://tandem:s3cret@db.example:5433/tandem')).toBe(
      'postgres://tandem:***@db.example:5433/tandem',
    );
  });
});
