import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column } from '../../crypto/encrypted-columns.ts';
import {
  createFieldCipher,
  dataKeyFrom,
  keyringOf,
  type FieldCipher,
} from '../../crypto/field-cipher.ts';
import {
  keyringOfContent,
  readKeyringFile,
  readOrCreateKeyringFile,
} from '../../crypto/keyring-file.ts';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';
import { cliOn } from '../../testing/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { sealedRows } from './keys/sealed-rows.test-helper.ts';

/**
 * `tandem keys` on a real database: values sealed under key A, a rotation
 * while a client's edit is in flight, every value under key B afterwards and
 * still readable, the edit kept; retiring keys; keys in configuration.
 */
let database: TestDatabase;
let dataDir: string;
let keyFile: string;
let practice: TestPractice;
let tandem: ReturnType<typeof cliOn>;
let cipherA: FieldCipher;
let keyAId: string;
let rows: ReturnType<typeof sealedRows>;

async function fileCipher(): Promise<FieldCipher> {
  const read = await readKeyringFile(keyFile);
  const keyring = keyringOfContent(read!.content);
  return createFieldCipher(() => keyring);
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-keys-cli-'));
  keyFile = path.join(dataDir, 'keys', 'data-encryption.keyring');
  practice = await createTestPractice({ db: database.db }, { therapists: 1, clients: 2 });
  await readOrCreateKeyringFile(keyFile, new Date());
  cipherA = await fileCipher();
  keyAId = cipherA.activeKeyId();
  rows = sealedRows(database, practice);
  await rows.seed(cipherA);
  tandem = cliOn(database.url, {
    TANDEM_DATA_DIR: dataDir,
    TANDEM_ENCRYPTION_KEY_CHECK_SECONDS: '1',
  });
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('tandem keys', () => {
  it('status names the active key and counts values per key and column', async () => {
    const result = await tandem('keys', 'status');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Active key: ${keyAId}`);
    expect(result.stdout).toMatch(new RegExp(`journal_entries\\.body +key ${keyAId} +230 row`));
    expect(result.stdout).toMatch(/check_ins\.note +key \w+ +35 row/);
    expect(result.stdout).toMatch(/living_document_versions\.content +key \w+ +6 row/);
    const keyText = (await readKeyringFile(keyFile))!.content.entries[0]!.key.key;
    expect(result.stdout).not.toContain(keyText.toString('base64'));
  });

  it('rotate re-encrypts every value under a new key while an edit is in flight, and loses nothing', async () => {
    const edited = [...rows.expected.keys()].find((k) => k.startsWith('journal_entries'))!;
    const editedId = edited.split(':')[1]!;
    const place = { column: column.journalBody, rowId: editedId };
    // A client's edit by an instance still on key A, uncommitted while the rotation starts.
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const wasWritten = new Promise<void>((resolve) => (written = resolve));
    const edit = database.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('journal_entries')
        .set({ body: cipherA.seal('edited during the rotation', place) })
        .where('practice_id', '=', practice.practiceId)
        .where('id', '=', editedId)
        .execute();
      written();
      await committing;
    });
    await wasWritten;

    const rotation = tandem('keys', 'rotate', '--batch-size', '50');
    // The rotation read the old value and now waits for the edit's row lock: commit it then.
    const started = Date.now();
    for (;;) {
      const waiting = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where wait_event_type = 'Lock' and query ilike '%update%journal_entries%'`.execute(
        database.superuser(),
      );
      if ((waiting.rows[0]?.n ?? 0) > 0) break;
      if (Date.now() - started > 20_000) {
        commit();
        throw new Error('the rotation never met the edit');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    commit();
    await edit;
    rows.expected.set(edited, 'edited during the rotation');

    const result = await rotation;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Waiting 3 s for running instances to notice');
    const after = (await readKeyringFile(keyFile))!.content;
    expect(after.activeId).not.toBe(keyAId);
    expect(after.entries.find((e) => e.key.id === keyAId)?.replacedAt).toEqual(expect.any(String));
    expect(result.stdout).toContain(`Done: every encrypted value names key ${after.activeId}.`);
    await rows.expectAllUnder(after.activeId, await fileCipher());
  });

  it('retire removes a replaced key only when no value names it', async () => {
    const cipherB = await fileCipher();
    const keyBId = cipherB.activeKeyId();
    const active = await tandem('keys', 'retire', keyBId);
    expect(active.code).toBe(1);
    expect(active.stderr).toContain('is the active key');
    expect((await tandem('keys', 'retire', 'feedfeedfeedfeed')).stderr).toContain('holds no key');

    // A stale instance sealed one more value under A.
    const late = await rows.insertJournal(cipherA, 'written late under the old key');
    const refused = await tandem('keys', 'retire', keyAId);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`1 value(s) still name key ${keyAId}`);
    const resumed = await tandem('keys', 'rotate', '--no-new-key');
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).not.toContain('Waiting');
    expect(resumed.stdout).toMatch(/journal_entries\.body +1 re-encrypted/);
    const retired = await tandem('keys', 'retire', keyAId);
    expect(retired.code, retired.stderr).toBe(0);
    expect(retired.stdout).toContain('Backups taken while it was in use');
    const content = (await readKeyringFile(keyFile))!.content;
    expect(content.entries.map((e) => e.key.id)).toEqual([keyBId]);
    const status = await tandem('keys', 'status');
    expect(status.stdout).not.toContain(keyAId);
    expect(late).toBeTruthy();
    await rows.expectAllUnder(keyBId, cipherB);
  });

  it('lets one rotation at a time change the keyring', async () => {
    const [first, second] = await Promise.all([tandem('keys', 'rotate'), tandem('keys', 'rotate')]);
    expect([first.code, second.code].sort()).toEqual([0, 1]);
    expect(first.stderr + second.stderr).toContain('another `tandem keys` command');
    const content = (await readKeyringFile(keyFile))!.content;
    expect(content.entries).toHaveLength(2);
    await rows.expectAllUnder(content.activeId, await fileCipher());
  });

  it('doctor checks the file and that every value is under a key held', async () => {
    const healthy = await tandem('doctor', '--json');
    const findings = (JSON.parse(healthy.stdout) as { findings: Record<string, string>[] })
      .findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ topic: 'encryption key', status: 'ok' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        topic: 'encrypted values',
        status: 'ok',
        message: `${rows.expected.size} encrypted value(s), all under the active key`,
      }),
    );

    const lostKeyring = keyringOf(dataKeyFrom(randomBytes(32)));
    const lost = createFieldCipher(() => lostKeyring);
    const orphan = await rows.insertJournal(lost, 'under a key nobody kept');
    const doctor = await tandem('doctor');
    expect(doctor.stdout).toMatch(
      new RegExp(
        `FAIL \\] encrypted values: 1 of ${rows.expected.size} encrypted value\\(s\\) name key`,
      ),
    );
    const status = await tandem('keys', 'status');
    expect(status.code).toBe(1);
    expect(status.stdout).toContain(`key ${lost.activeKeyId()}  1 row(s)  NOT HELD`);
    const rotate = await tandem('keys', 'rotate', '--no-new-key');
    expect(rotate.code).toBe(1);
    expect(rotate.stderr).toContain('1 value(s) do not open with these keys');
    await database.db.deleteFrom('journal_entries').where('id', '=', orphan).execute();
    rows.expected.delete(rows.where(column.journalBody, orphan));

    await chmod(keyFile, 0o644);
    try {
      const loose = await tandem('keys', 'status');
      expect(loose.code).toBe(1);
      expect(loose.stderr).toContain('mode 644');
      expect((await tandem('doctor')).stdout).toMatch(/FAIL \] encryption key: .*mode 644/);
    } finally {
      await chmod(keyFile, 0o600);
    }
  });

  it('with keys in configuration, rotate re-encrypts under the configured key and says so', async () => {
    const fileKeys = (await readKeyringFile(keyFile))!.content.entries.map((e) => e.key);
    const newKey = randomBytes(32);
    const configured = cliOn(database.url, {
      TANDEM_DATA_DIR: dataDir,
      TANDEM_ENCRYPTION_KEY: newKey.toString('base64'),
      TANDEM_ENCRYPTION_PREVIOUS_KEYS: fileKeys.map((k) => k.key.toString('base64')).join(','),
    });
    const result = await configured('keys', 'rotate');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Keys come from configuration');
    const keyring = keyringOf(dataKeyFrom(newKey), fileKeys);
    await rows.expectAllUnder(
      keyring.active.id,
      createFieldCipher(() => keyring),
    );
    const retire = await configured('keys', 'retire', fileKeys[0]!.id);
    expect(retire.code).toBe(0);
    expect(retire.stdout).toContain('remove it from TANDEM_ENCRYPTION_PREVIOUS_KEYS');
  });

  it('refuses to rotate without a keyring', async () => {
    const elsewhere = cliOn(database.url, {
      TANDEM_ENCRYPTION_KEY_FILE: path.join(dataDir, 'nowhere', 'keyring'),
    });
    const result = await elsewhere('keys', 'rotate');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('there is no keyring at');
  });
});
