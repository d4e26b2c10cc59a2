import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { migrateToLatest } from '../migrate.ts';
import { foundation } from './0001-foundation.ts';
import { migrations } from './index.ts';

const log = pino({ level: 'silent' });
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(async () => database.drop());

it('moves every address and password into accounts, keeping ids, and frees the address per practice', async () => {
  const db = database.db;
  await migrateToLatest(db, { '0001-foundation': foundation }, log);
  const practice = '11111111-1111-4111-8111-111111111111';
  const active = '22222222-2222-4222-8222-222222222222';
  const invited = '33333333-3333-4333-8333-333333333333';
  await sql`insert into practices (id, name) values (${practice}, 'Before the move')`.execute(db);
  await sql`
    insert into users (id, practice_id, email, display_name, role, status, password_hash)
    values (${active}, ${practice}, 'active@example.test', 'Active', 'therapist', 'active', 'hash-a'),
           (${invited}, ${practice}, 'invited@example.test', 'Invited', 'client', 'invited', null)
  `.execute(db);

  await migrateToLatest(db, migrations, log);

  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'email', 'password_hash'])
    .orderBy('email')
    .execute();
  expect(accounts).toEqual([
    { id: active, email: 'active@example.test', password_hash: 'hash-a' },
    { id: invited, email: 'invited@example.test', password_hash: null },
  ]);
  const users = await db
    .selectFrom('users')
    .select(['id', 'account_id', 'accepted_at'])
    .orderBy('id')
    .execute();
  expect(users.map((u) => [u.id, u.account_id, u.accepted_at !== null])).toEqual([
    [active, active, true],
    [invited, invited, false],
  ]);

  // The same account may now belong to a second practice, but only once to each.
  const second = '44444444-4444-4444-8444-444444444444';
  await sql`insert into practices (id, name) values (${second}, 'Second')`.execute(db);
  const member = (id: string, practiceId: string) => sql`
    insert into users (id, practice_id, account_id, display_name, role, status)
    values (${id}, ${practiceId}, ${active}, 'Active', 'therapist', 'invited')`;
  await member('55555555-5555-4555-8555-555555555555', second).execute(db);
  await expect(
    member('66666666-6666-4666-8666-666666666666', practice).execute(db),
  ).rejects.toThrow(/users_practice_account_key/);
});
