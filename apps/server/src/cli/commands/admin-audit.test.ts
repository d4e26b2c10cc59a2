import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn } from '../../testing/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';

/** The admin, audit and migrate commands, run as `tandem …` would, against a real test database. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

const tandem = (...argv: string[]) => cliOn(database.url)(...argv);

describe('tandem admin create / audit verify / migrate', () => {
  it('creates the first practice and its admin, and prints a one-time link', async () => {
    const result = await tandem(
      'admin',
      'create',
      '--email',
      'Owner@Clinic.test',
      '--name',
      'Olive Owner',
      '--practice',
      'Riverside Therapy',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /https:\/\/tandem\.example\.org\/accept-invitation#token=[\w-]{43}/,
    );
    const admin = await database.db
      .selectFrom('users')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .selectAll('users')
      .where('accounts.email', '=', 'owner@clinic.test')
      .executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ role: 'admin', status: 'invited' });
    const practice = await database.db
      .selectFrom('practices')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(practice.name).toBe('Riverside Therapy');
  });

  it('names the field when an argument is wrong, and refuses a second account for an address', async () => {
    const bad = await tandem('admin', 'create', '--email', 'not-an-address', '--name', 'X');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email');
    const again = await tandem(
      'admin',
      'create',
      '--email',
      'owner@clinic.test',
      '--name',
      'Olive',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already belongs to someone in the practice');
  });

  it('lists applied migrations', async () => {
    const result = await tandem('migrate', '--status');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('applied  0001-foundation');
  });

  it('audit verify says intact, then exits 1 naming a changed event', async () => {
    const practice = await database.db
      .selectFrom('practices')
      .select('id')
      .executeTakeFirstOrThrow();
    await database.db.transaction().execute(async (trx) => {
      const { appendAuditEvent } = await import('../../modules/audit/audit.repo.ts');
      for (const action of ['consent.update', 'outbox.read', 'caseload.read'] as const) {
        await appendAuditEvent(
          trx,
          {
            practiceId: practice.id,
            actorId: null,
            actorRole: null,
            action,
            resourceType: 'test',
            outcome: 'allowed',
          },
          new Date(),
        );
      }
    });
    const intact = await tandem('audit', 'verify');
    expect(intact.code).toBe(0);
    // The admin's creation is the chain's first event, then the three above.
    expect(intact.stdout).toMatch(/1 chain\(s\), 4 event\(s\): intact/);
    expect(intact.stdout).toMatch(
      new RegExp(`tip  practice ${practice.id}  event 4  [0-9a-f]{64}`),
    );
    // As an attacker with superuser access could; the app's own role may not (ADR 0007).
    const attacker = database.superuser();
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(attacker);
    await sql`update audit_events set action = 'tampered' where seq = 2`.execute(attacker);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(attacker);
    const tampered = await tandem('audit', 'verify');
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('event 2: changed');
  });

  it('records the admin it creates in the audit log', async () => {
    const created = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'staff.create')
      .executeTakeFirstOrThrow();
    const admin = await database.db
      .selectFrom('users')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .select('users.id')
      .where('accounts.email', '=', 'owner@clinic.test')
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({ resource_id: admin.id, actor_id: null, outcome: 'allowed' });
    expect(created.detail).toMatchObject({ role: 'admin', via: 'tandem admin create' });
  });

  it('refuses stray arguments and unknown options with exit code 2 and a hint, never a stack', async () => {
    const unknownOption = await tandem('migrate', '--frobnicate');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--frobnicate'");
    expect(unknownOption.stderr).toContain('tandem migrate --help');
    const stray = await tandem('audit', 'verify', 'everything');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('everything');
    const serveArgs = await tandem('serve', '--port', '4000');
    expect(serveArgs.code).toBe(2);
    expect(serveArgs.stderr).toContain('settings are environment variables');
    const adminSub = await tandem('admin', 'delete');
    expect(adminSub.code).toBe(2);
    expect(adminSub.stderr).toContain('unknown subcommand "delete"');
    const missing = await tandem('admin', 'create', '--email');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--email');
    for (const result of [unknownOption, stray, serveArgs, adminSub, missing]) {
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('audit verify on a database without Tandem tables says so, without a stack', async () => {
    const empty = await createTestDatabase({ migrated: false });
    try {
      const { code, stdout, stderr } = await cliOn(empty.url)('audit', 'verify');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('no Tandem tables yet');
    } finally {
      await empty.drop();
    }
  });

  it('prints help for each command and exits 0', async () => {
    for (const argv of [
      ['--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['admin', '--help'],
      ['admin', 'create', '--help'],
      ['audit', '--help'],
      ['audit', 'verify', '--help'],
    ]) {
      const result = await tandem(...argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout, argv.join(' ')).toContain('Usage: tandem');
    }
    const bare = await tandem();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: tandem <command>');
  });

  it('prints usage for an unknown command', async () => {
    const result = await tandem('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: tandem <command>');
  });
});
