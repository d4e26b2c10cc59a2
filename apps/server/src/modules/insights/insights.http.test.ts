import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

let ctx: TestContext;
let practice: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
});
afterAll(async () => ctx.close());

describe('insights', () => {
  it('appear once there are enough days, are the client’s to share, and can be taken back', async () => {
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const before = (await client.get('/api/me/insights')).json();
    expect(before.insights).toEqual([]);

    // Fourteen days: "Swimming" on every other day, with mood 7 against 4 (known answer: +3).
    for (let day = 1; day <= 14; day += 1) {
      const swim = day % 2 === 0;
      const answer = await client.post('/api/me/check-ins', {
        id: randomUUID(),
        occurredAt: new Date(Date.now() - day * 86_400_000).toISOString(),
        mood: swim ? 7 : 4,
        emotions: [],
        sleepHours: null,
        tags: swim ? [{ kind: 'activity', label: 'Swimming' }] : [],
        note: null,
        // Private check-ins count for the client's own insights.
        visibility: 'private',
      });
      expect(answer.statusCode).toBe(201);
    }
    const { insights } = (await client.get('/api/me/insights')).json();
    const swimming = insights.find((i: { id: string }) => i.id === 'tag:activity:swimming');
    expect(swimming).toMatchObject({
      direction: 'higher',
      daysWith: 7,
      daysWithout: 7,
      estimate: { value: 3, low: 3, high: 3 },
    });
    expect(swimming.explanation).toContain('“Swimming”');

    // Nothing of it reaches the therapist until the client shares it.
    const timeline = () => therapist.get(`/api/clients/${practice.clients[0]!.id}/timeline`);
    expect((await timeline()).json().items).toEqual([]);
    const id = randomUUID();
    const shared = await client.post('/api/me/insights/shares', { id, factorId: swimming.id });
    expect(shared.statusCode).toBe(201);
    expect(
      (await client.post('/api/me/insights/shares', { id, factorId: swimming.id })).statusCode,
    ).toBe(200);
    const items = (await timeline()).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'insight',
      shared: { id, insight: { direction: 'higher' } },
    });
    // The check-ins behind it stay private.
    expect(items.filter((i: { type: string }) => i.type === 'check-in')).toEqual([]);

    expect(
      (await client.put(`/api/me/insights/shares/${id}/visibility`, { visibility: 'private' }))
        .statusCode,
    ).toBe(200);
    expect((await timeline()).json().items).toEqual([]);
  });

  it('refuses to share an insight there is no data for, naming the field', async () => {
    const client = await new TestAgent(ctx.app).actAs(ctx.deps, practice.clients[0]!);
    const answer = await client.post('/api/me/insights/shares', {
      id: randomUUID(),
      factorId: 'tag:people:nobody',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'factorId' });
  });
});
