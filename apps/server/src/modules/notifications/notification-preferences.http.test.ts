import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestUser } from '../../testing/builders.ts';

/** Each staff member's choice of how each kind of notice reaches them. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const PATH = '/api/me/notification-preferences';

describe('notification preferences', () => {
  it('start at once for every kind, and keep each person’s own choice', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 0 });
    const [mine, theirs] = [await as(practice.therapists[0]!), await as(practice.therapists[1]!)];
    expect((await mine.get(PATH)).json()).toEqual({
      preferences: [
        { kind: 'critical-item', delivery: 'immediate' },
        { kind: 'not-on-track', delivery: 'immediate' },
        { kind: 'overdue', delivery: 'immediate' },
      ],
    });
    const saved = await mine.put(PATH, {
      preferences: [
        { kind: 'overdue', delivery: 'digest' },
        { kind: 'critical-item', delivery: 'digest' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({
      preferences: [
        { kind: 'critical-item', delivery: 'digest' },
        { kind: 'not-on-track', delivery: 'immediate' },
        { kind: 'overdue', delivery: 'digest' },
      ],
    });
    // Only the kinds given change.
    await mine.put(PATH, { preferences: [{ kind: 'critical-item', delivery: 'immediate' }] });
    expect((await mine.get(PATH)).json()).toMatchObject({
      preferences: [
        { kind: 'critical-item', delivery: 'immediate' },
        { kind: 'not-on-track', delivery: 'immediate' },
        { kind: 'overdue', delivery: 'digest' },
      ],
    });
    expect(
      (await theirs.get(PATH)).json<{ preferences: { delivery: string }[] }>().preferences,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ delivery: 'immediate' })]));
    expect(
      (await theirs.get(PATH))
        .json<{ preferences: { delivery: string }[] }>()
        .preferences.every((p) => p.delivery === 'immediate'),
    ).toBe(true);
  });

  it('refuses an unknown kind or delivery, or a kind given twice, by name, changing nothing', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const agent = await as(practice.supervisor);
    const bad: [unknown, string][] = [
      [{ preferences: [{ kind: 'weather', delivery: 'digest' }] }, 'preferences.0.kind'],
      [{ preferences: [{ kind: 'overdue', delivery: 'weekly' }] }, 'preferences.0.delivery'],
      [
        {
          preferences: [
            { kind: 'overdue', delivery: 'digest' },
            { kind: 'overdue', delivery: 'immediate' },
          ],
        },
        'preferences.1.kind',
      ],
      [{}, 'preferences'],
    ];
    for (const [body, path] of bad) {
      const answer = await agent.put(PATH, body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.json(), JSON.stringify(body)).toMatchObject({
        code: 'VALIDATION_FAILED',
        path,
      });
    }
    expect(
      (await agent.get(PATH))
        .json<{ preferences: { delivery: string }[] }>()
        .preferences.every((p) => p.delivery === 'immediate'),
    ).toBe(true);
  });

  it('are for staff who receive alerts: not clients, not admins', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    for (const user of [practice.admin, practice.clients[0]!]) {
      const agent = await as(user);
      expect((await agent.get(PATH)).statusCode).toBe(403);
      expect((await agent.put(PATH, { preferences: [] })).statusCode).toBe(403);
    }
  });
});
