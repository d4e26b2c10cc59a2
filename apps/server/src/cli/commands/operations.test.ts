import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCheckpoints } from '../../jobs/audit-checkpoints.ts';
import { loadOrCreateAnchorKey } from '../../modules/audit/audit-anchor-file.ts';
import { appendAuditEvent } from '../../modules/audit/audit.repo.ts';
import { cliOn } from '../../testing/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';

/** The operator's commands: reset a password, back up, check the deployment, verify with checkpoints. */
let database: TestDatabase;
let dataDir: string;
let practice: TestPractice;
let tandem: ReturnType<typeof cliOn>;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-ops-'));
  practice = await createTestPractice({ db: database.db }, { therapists: 1, clients: 1 });
  tandem = cliOn(database.url, { TANDEM_DATA_DIR: dataDir });
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('tandem user reset-password', () => {
  it('prints a one-time link, ends the person’s sessions and audits the operator', async () => {
    const person = practice.clients[0]!;
    await database.db
      .insertInto('sessions')
      .values({
        id: 'a-session-of-the-person',
        practice_id: person.practiceId,
        user_id: person.id,
        csrf_token: 'x',
        created_at: new Date(),
        last_seen_at: new Date(),
        expires_at: new Date(Date.now() + 3_600_000),
      })
      .execute();
    const result = await tandem('user', 'reset-password', '--email', person.email.toUpperCase());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/https:\/\/tandem\.example\.org\/reset-password#token=[\w-]{43}/);
    expect(result.stdout).toContain('never through the outbox');
    const sessions = await database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    expect(sessions).toEqual([]);
    const event = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'auth.password.reset-issued')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_role: 'operator', practice_id: person.practiceId });
    const outbox = await database.db.selectFrom('outbox').select('id').execute();
    expect(outbox).toEqual([]);
  });

  it('says so for an address nobody can sign in with, and for a malformed one', async () => {
    const unknown = await tandem('user', 'reset-password', '--email', 'nobody@example.test');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--email: No one with this address');
    const bad = await tandem('user', 'reset-password', '--email', 'not an address');
    expect(bad.code).toBe(2);
  });
});

describe('tandem backup', () => {
  it('writes a pg_dump archive readable by the operator only', async () => {
    const result = await tandem('backup');
    expect(result.code, result.stderr).toBe(0);
    const file = /Backup written: (.+\.dump)/.exec(result.stdout)?.[1] ?? '';
    expect(file.startsWith(path.join(dataDir, 'backups'))).toBe(true);
    const info = await stat(file);
    expect(info.size).toBeGreaterThan(1000);
    expect(info.mode & 0o777).toBe(0o600);
  });
});

describe('tandem audit verify with checkpoints', () => {
  it('detects newest events removed and the tip rewound, which the chain alone cannot show', async () => {
    const keyFile = path.join(dataDir, 'keys', 'audit-signing.key');
    const anchorFile = path.join(dataDir, 'audit-anchors.jsonl');
    const privateKey = await loadOrCreateAnchorKey(keyFile);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    await database.db.transaction().execute(async (trx) => {
      for (const action of ['consent.update', 'outbox.read', 'caseload.read'] as const) {
        await appendAuditEvent(
          trx,
          {
            practiceId: practice.practiceId,
            actorId: practice.admin.id,
            actorRole: 'admin',
            action,
            resourceType: 'test',
            outcome: 'allowed',
          },
          new Date(),
        );
      }
    });
    await writeCheckpoints(database.db, { privateKey, anchorFile }, new Map(), new Date());
    const intact = await tandem('audit', 'verify');
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/Checkpoints .*: 1 line\(s\), 1 chain\(s\) compared: consistent/);

    // As a superuser could: drop the newest event and rewind the tip to the one before.
    const admin = database.superuser();
    const [last, previous] = (
      await admin
        .selectFrom('audit_events')
        .select(['seq', 'hash'])
        .where('practice_id', '=', practice.practiceId)
        .orderBy('seq', 'desc')
        .limit(2)
        .execute()
    ).map((row) => ({ seq: Number(row.seq), hash: row.hash }));
    await admin.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`delete from audit_events where practice_id = ${practice.practiceId} and seq = ${last!.seq}`.execute(
        trx,
      );
      await sql`update audit_heads set seq = ${previous!.seq}, hash = ${previous!.hash} where practice_id = ${practice.practiceId}`.execute(
        trx,
      );
    });
    const cut = await tandem('audit', 'verify');
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain(`practice ${practice.practiceId} event ${last!.seq}: cut-tail`);
    // The chain itself looks intact: only the checkpoint tells.
    expect(
      cut.stderr.split('\n').filter((l) => l.includes('problem') || l.includes(': changed')),
    ).toEqual([]);

    // A line someone edited (or wrote without the key) is reported, never trusted.
    const forgedFile = path.join(dataDir, 'forged-anchors.jsonl');
    const line = (await readFile(anchorFile, 'utf8')).trim();
    await writeFile(forgedFile, `${line.replace(/"seq":\d+/, '"seq":1')}\n`);
    const forged = await tandem(
      'audit',
      'verify',
      '--anchors',
      forgedFile,
      '--public-key',
      keyFile,
    );
    expect(forged.stderr).toContain(
      'anchor-invalid (line 1 of the anchor file: the signature does not match)',
    );
  });
});

describe('tandem doctor', () => {
  it('prints each check and what to fix, and exits 1 when something must be fixed', async () => {
    const result = await tandem('doctor');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[  ok  ] fsync: on');
    expect(result.stdout).toMatch(/\[ FAIL \] mail: SMTP_URL is not set/);
    expect(result.stdout).toMatch(/fix: /);
    const json = await tandem('doctor', '--json');
    const findings = JSON.parse(json.stdout) as { findings: { topic: string; status: string }[] };
    expect(findings.findings.map((f) => f.topic)).toEqual(
      expect.arrayContaining([
        'app role',
        'database',
        'fsync',
        'synchronous_commit',
        'mail',
        'tls',
        'audit key',
        'backups',
      ]),
    );
  });
});
