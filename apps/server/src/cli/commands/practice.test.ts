import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn } from '../../testing/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';

/** `tandem practice` and `tandem admin create` on an installation with several practices. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

const tandem = (...argv: string[]) => cliOn(database.url)(...argv);

describe('tandem practice', () => {
  it('creates practices, lists them, and gives each its own admin', async () => {
    expect((await tandem('practice', 'list')).stdout).toContain('No practice yet');
    const first = await tandem('practice', 'create', '--name', 'Riverside', '--country', 'gb');
    expect(first.code).toBe(0);
    const firstId = /id ([0-9a-f-]{36})/.exec(first.stdout)?.[1] ?? '';
    const second = await tandem('practice', 'create', '--name', 'Hillside');
    const secondId = /id ([0-9a-f-]{36})/.exec(second.stdout)?.[1] ?? '';

    const listed = JSON.parse((await tandem('practice', 'list', '--json')).stdout) as {
      id: string;
      name: string;
      country: string;
    }[];
    expect(listed.map((p) => [p.id, p.name, p.country])).toEqual([
      [firstId, 'Riverside', 'GB'],
      [secondId, 'Hillside', 'US'],
    ]);

    const ambiguous = await tandem('admin', 'create', '--email', 'a@x.test', '--name', 'A');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('--practice-id');
    const named = await tandem(
      'admin',
      'create',
      '--email',
      'a@x.test',
      '--name',
      'A',
      '--practice',
      'New',
    );
    expect(named.stderr).toContain('tandem practice create');

    // The same person may administer both practices: one account, two memberships.
    for (const id of [firstId, secondId]) {
      const made = await tandem(
        'admin',
        'create',
        '--practice-id',
        id,
        '--email',
        'owner@group.test',
        '--name',
        'Owner',
      );
      expect(made.code).toBe(0);
    }
    const memberships = await database.db
      .selectFrom('users')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .select(['users.practice_id', 'users.role'])
      .where('accounts.email', '=', 'owner@group.test')
      .execute();
    expect(memberships.map((m) => m.practice_id).sort()).toEqual([firstId, secondId].sort());
    const events = await database.db
      .selectFrom('audit_events')
      .select('practice_id')
      .where('action', '=', 'practice.create')
      .execute();
    expect(events).toHaveLength(2);
  });

  it('names the field when an argument is wrong', async () => {
    const noName = await tandem('practice', 'create');
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('--name');
    const badCountry = await tandem('practice', 'create', '--name', 'X', '--country', 'ZZ');
    expect(badCountry.code).toBe(2);
    expect(badCountry.stderr).toContain('--country');
    const unknown = await tandem('practice', 'rename');
    expect(unknown.code).toBe(2);
  });
});
