import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { strengthsList, valuesSort } from '../access/role-matrix.goals-cases.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
let otherClient: TestUser;
let therapist: TestUser;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 2 });
  client = practice.clients[0]!;
  otherClient = practice.clients[1]!;
  therapist = practice.therapists[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function storedRows(clientId: string) {
  return ctx
    .superuser()
    .selectFrom('client_values')
    .select(['kind', 'version', 'visibility', 'content'])
    .where('practice_id', '=', practice.practiceId)
    .where('client_id', '=', clientId)
    .orderBy('kind')
    .execute();
}

describe('values and strengths', () => {
  it('start empty, with our cards to sort and strengths to pick', async () => {
    const answer = await (await as(otherClient)).get('/api/me/values');
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.values).toBeNull();
    expect(body.strengths).toBeNull();
    expect(body.cards.length).toBeGreaterThanOrEqual(20);
    expect(body.cards[0]).toEqual({
      key: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
    });
    expect(body.strengthOptions.length).toBeGreaterThanOrEqual(10);
  });

  it('are saved by the client, sealed at rest, and saved again without a new version', async () => {
    const mine = await as(client);
    const first = await mine.put('/api/me/values', valuesSort('private'));
    expect(first.statusCode).toBe(200);
    expect(first.json().values).toMatchObject({
      version: 1,
      visibility: 'private',
      cards: [
        { key: 'family', pile: 'very-important' },
        { key: 'honesty', pile: 'important' },
        { key: 'order', pile: 'not-so-important' },
      ],
      own: [{ name: 'Music', pile: 'very-important' }],
    });
    // A replay (same body, same base version) changes nothing.
    const again = await mine.put('/api/me/values', valuesSort('private'));
    expect(again.statusCode).toBe(200);
    expect(again.json().values.version).toBe(1);
    const [row] = await storedRows(client.id);
    expect(row!.content.toString('utf8')).not.toContain('Music');
  });

  it('keep private ones from the therapist; sharing shows them at the next read', async () => {
    const mine = await as(client);
    const theirs = await as(therapist);
    expect((await theirs.get(`/api/clients/${client.id}/values`)).json().values).toBeNull();
    const shared = await mine.put('/api/me/values', { ...valuesSort('shared'), baseVersion: 1 });
    expect(shared.statusCode).toBe(200);
    // Only the visibility changed: no new version of the sort.
    expect(shared.json().values).toMatchObject({ version: 1, visibility: 'shared' });
    const seen = await theirs.get(`/api/clients/${client.id}/values`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().values.own).toEqual([
      { id: expect.any(String), name: 'Music', pile: 'very-important' },
    ]);
    await mine.put('/api/me/values', { ...valuesSort('private'), baseVersion: 1 });
    expect((await theirs.get(`/api/clients/${client.id}/values`)).json().values).toBeNull();
  });

  it('refuse a save over a newer version from another device', async () => {
    const mine = await as(client);
    const current = (await mine.get('/api/me/values')).json().values;
    const moved = {
      ...valuesSort('private'),
      baseVersion: current.version,
      cards: [{ key: 'family', pile: 'important' }],
    };
    const saved = await mine.put('/api/me/values', moved);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().values.version).toBe(current.version + 1);
    const stale = await mine.put('/api/me/values', {
      ...moved,
      cards: [{ key: 'fun', pile: 'very-important' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', path: 'baseVersion' });
    const after = (await mine.get('/api/me/values')).json().values;
    expect(after.cards).toEqual([{ key: 'family', pile: 'important' }]);
  });

  it('refuse bad input naming the field, and change nothing', async () => {
    const mine = await as(client);
    const before = await storedRows(client.id);
    const sort = valuesSort('private');
    const cases: [string, Record<string, unknown>, string][] = [
      [
        '/api/me/values',
        { ...sort, cards: [{ key: 'not-a-card', pile: 'important' }] },
        'cards.0.key',
      ],
      [
        '/api/me/values',
        {
          ...sort,
          cards: [
            { key: 'fun', pile: 'important' },
            { key: 'fun', pile: 'very-important' },
          ],
        },
        'cards.1.key',
      ],
      ['/api/me/values', { ...sort, cards: [{ key: 'fun', pile: 'top' }] }, 'cards.0.pile'],
      [
        '/api/me/values',
        { ...sort, own: [{ id: randomUUID(), name: '  ', pile: 'important' }] },
        'own.0.name',
      ],
      ['/api/me/values', { ...sort, visibility: 'public' }, 'visibility'],
      ['/api/me/values', { ...sort, baseVersion: -1 }, 'baseVersion'],
      ['/api/me/strengths', { ...strengthsList(), picked: ['flying'] }, 'picked.0'],
      ['/api/me/strengths', { ...strengthsList(), picked: ['hope', 'hope'] }, 'picked.1'],
      [
        '/api/me/strengths',
        { ...strengthsList(), own: [{ id: randomUUID(), text: 'x'.repeat(81) }] },
        'own.0.text',
      ],
    ];
    for (const [url, body, path] of cases) {
      const answer = await mine.put(url, body);
      expect(answer.statusCode, path).toBe(400);
      expect(answer.json(), path).toMatchObject({ code: 'VALIDATION_FAILED', path });
    }
    expect((await mine.put('/api/me/values', { ...sort, extra: 1 })).statusCode).toBe(400);
    expect(await storedRows(client.id)).toEqual(before);
  });

  it('keep the strengths separate, each kind with its own visibility', async () => {
    const mine = await as(client);
    const saved = await mine.put('/api/me/strengths', strengthsList('shared'));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().strengths).toMatchObject({
      version: 1,
      visibility: 'shared',
      picked: ['patience', 'humour'],
      own: [{ text: 'Good with animals' }],
    });
    const seen = (await (await as(therapist)).get(`/api/clients/${client.id}/values`)).json();
    expect(seen.strengths.picked).toEqual(['patience', 'humour']);
    expect(seen.values).toBeNull();
  });

  it('are out of reach of other clients and of staff outside the care team (404)', async () => {
    const other = await as(otherClient);
    expect((await other.get('/api/me/values')).json().strengths).toBeNull();
    const stranger = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const outside = await as(stranger.therapists[0]!);
    expect((await outside.get(`/api/clients/${client.id}/values`)).statusCode).toBe(404);
    expect((await outside.get(`/api/clients/not-a-uuid/values`)).statusCode).toBe(404);
    const admin = await as(practice.admin);
    expect((await admin.get(`/api/clients/${client.id}/values`)).statusCode).toBe(403);
  });
});
