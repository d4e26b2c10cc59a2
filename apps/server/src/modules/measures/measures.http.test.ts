import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const today = () => ctx.deps.clock().toISOString().slice(0, 10);

/** PHQ-9 answers: items 1–8 at `rest`, item 9 at `item9`, item 10 answered 0. */
const phq9 = (rest: number, item9: number) => ({
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [String(i + 1), rest])),
  '9': item9,
  '10': 0,
});
const gad7 = (value: number) =>
  Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(i + 1), value]));

async function withFallback(practice: TestPractice): Promise<void> {
  await ctx.deps.db
    .updateTable('practices')
    .set({ alert_fallback_staff_id: practice.supervisor.id })
    .where('id', '=', practice.practiceId)
    .execute();
}

async function assign(
  therapist: TestUser,
  client: TestUser,
  instrumentId: string,
  extra: Record<string, unknown> = {},
) {
  const agent = await as(therapist);
  return agent.post(`/api/clients/${client.id}/assignments`, {
    id: randomUUID(),
    instrumentId,
    schedule: { kind: 'once' },
    startsOn: today(),
    ...extra,
  });
}

interface TodoItem {
  occasionId: string;
  instrumentId: string;
}

async function todoOf(client: TestUser): Promise<TodoItem[]> {
  const agent = await as(client);
  const answer = await agent.get('/api/me/measures/todo');
  expect(answer.statusCode).toBe(200);
  return answer.json<{ todo: TodoItem[] }>().todo;
}

async function countRows(table: 'measure_responses' | 'alerts', clientId: string): Promise<number> {
  const rows = await ctx.deps.db
    .selectFrom(table)
    .select('id')
    .where('client_id', '=', clientId)
    .execute();
  return rows.length;
}

describe('assigning measures', () => {
  it('refuses a risk-bearing measure until the practice names an alert fallback contact', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const refused = await assign(therapist, client, 'phq-9');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ALERT_FALLBACK_REQUIRED', path: 'instrumentId' });
    // GAD-7 asks nothing about risk.
    expect((await assign(therapist, client, 'gad-7')).statusCode).toBe(201);
    await withFallback(practice);
    expect((await assign(therapist, client, 'phq-9')).statusCode).toBe(201);
  });

  it('refuses a measure whose licence the practice has not accepted', async () => {
    const practice = await createTestPractice(ctx.deps);
    const answer = await assign(practice.therapists[0]!, practice.clients[0]!, 'dass-21');
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'INSTRUMENT_LICENCE_REQUIRED' });
  });

  it('answers a retry with the stored assignment, and the same id with another body with 409', async () => {
    const practice = await createTestPractice(ctx.deps);
    const agent = await as(practice.therapists[0]!);
    const body = {
      id: randomUUID(),
      instrumentId: 'gad-7',
      schedule: { kind: 'weekly', weekday: 1 },
      startsOn: today(),
    };
    const url = `/api/clients/${practice.clients[0]!.id}/assignments`;
    const first = await agent.post(url, body);
    expect(first.statusCode).toBe(201);
    const again = await agent.post(url, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    for (const changed of [
      { ...body, instrumentId: 'phq-2' },
      { ...body, schedule: { kind: 'weekly', weekday: 2 } },
      { ...body, windowDays: 5 },
    ]) {
      const answer = await agent.post(url, changed);
      expect(answer.json(), JSON.stringify(changed)).toMatchObject({
        code: 'SUBMISSION_ID_REUSED',
        path: 'id',
      });
    }
    const list = await agent.get(url);
    expect(list.json<{ assignments: unknown[] }>().assignments).toHaveLength(1);
  });

  it('names the field of a bad schedule, and of an end before the start', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const cases: [Record<string, unknown>, string][] = [
      [{ schedule: { kind: 'weekly', weekday: 8 } }, 'schedule.weekday'],
      [{ schedule: { kind: 'every-n-days', days: 0 } }, 'schedule.days'],
      [{ startsOn: '2026-02-30' }, 'startsOn'],
      [{ endsOn: '2000-01-01' }, 'endsOn'],
      [{ windowDays: 15 }, 'windowDays'],
    ];
    for (const [extra, path] of cases) {
      const answer = await assign(therapist, client, 'gad-7', extra);
      expect(answer.statusCode, path).toBe(400);
      expect(answer.json(), path).toMatchObject({ path });
    }
    const agent = await as(therapist);
    const list = await agent.get(`/api/clients/${client.id}/assignments`);
    expect(list.json<{ assignments: unknown[] }>().assignments).toEqual([]);
  });

  it('pauses, resumes and stops with the version, and refuses a stale version', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const created = (await assign(therapist, client, 'gad-7')).json<{
      assignment: { id: string; version: number };
    }>().assignment;
    const agent = await as(therapist);
    const url = `/api/clients/${client.id}/assignments/${created.id}`;
    const paused = await agent.request('PATCH', url, { version: 1, status: 'paused' });
    expect(paused.json()).toMatchObject({ assignment: { status: 'paused', version: 2 } });
    expect(await todoOf(client)).toEqual([]);
    const stale = await agent.request('PATCH', url, { version: 1, status: 'active' });
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    await agent.request('PATCH', url, { version: 2, status: 'active' });
    expect(await todoOf(client)).toHaveLength(1);
    await agent.request('PATCH', url, { version: 3, status: 'stopped' });
    const restart = await agent.request('PATCH', url, { version: 4, status: 'active' });
    expect(restart.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'status' });
  });
});

describe('submitting a measure', () => {
  it('scores on the server, alerts on item 9 in the same transaction, shows crisis help, and a retry creates nothing', async () => {
    const practice = await createTestPractice(ctx.deps);
    await withFallback(practice);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await assign(therapist, client, 'phq-9');
    const [due] = await todoOf(client);
    expect(due).toMatchObject({ instrumentId: 'phq-9' });
    const agent = await as(client);
    const body = {
      id: randomUUID(),
      occasionId: due!.occasionId,
      instrumentId: 'phq-9',
      answers: phq9(1, 2),
    };
    const first = await agent.post('/api/me/measures/responses', body);
    expect(first.statusCode).toBe(201);
    const stored = first.json<{
      response: { total: number; band: { id: string } };
      crisis: { message: string; resources: { resources: unknown[] } };
    }>();
    // 8 × 1 + 2 = 10: "moderate" (10–14) in the published PHQ-9 bands.
    expect(stored.response.total).toBe(10);
    expect(stored.response.band.id).toBe('moderate');
    expect(stored.crisis.message).toMatch(/not watched in real time/);
    expect(stored.crisis.resources.resources.length).toBeGreaterThan(0);
    expect(await countRows('alerts', client.id)).toBe(1);

    const retry = await agent.post('/api/me/measures/responses', body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const reused = await agent.post('/api/me/measures/responses', { ...body, answers: phq9(0, 0) });
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    expect(await countRows('measure_responses', client.id)).toBe(1);
    expect(await countRows('alerts', client.id)).toBe(1);
    expect(await todoOf(client)).toEqual([]);
  });

  it('stores one response and one alert from 20 parallel submissions with one id', async () => {
    const practice = await createTestPractice(ctx.deps);
    await withFallback(practice);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await assign(therapist, client, 'phq-9');
    const [due] = await todoOf(client);
    const agent = await as(client);
    const body = {
      id: randomUUID(),
      occasionId: due!.occasionId,
      instrumentId: 'phq-9',
      answers: phq9(2, 3),
    };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => agent.post('/api/me/measures/responses', body)),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(await countRows('measure_responses', client.id)).toBe(1);
    expect(await countRows('alerts', client.id)).toBe(1);
  });

  it('raises a new alert for every new positive submission', async () => {
    const practice = await createTestPractice(ctx.deps);
    await withFallback(practice);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await assign(therapist, client, 'phq-9', { schedule: { kind: 'every-n-days', days: 1 } });
    for (let day = 0; day < 2; day += 1) {
      // A fresh session each day: a day's idle ends the one before.
      const agent = await as(client);
      const [due] = await todoOf(client);
      const answer = await agent.post('/api/me/measures/responses', {
        id: randomUUID(),
        occasionId: due!.occasionId,
        instrumentId: 'phq-9',
        answers: phq9(1, 1),
      });
      expect(answer.statusCode).toBe(201);
      ctx.advanceClock(24 * 3_600_000);
    }
    expect(await countRows('alerts', client.id)).toBe(2);
  });

  it('rejects answers that do not fit the questionnaire, naming the item, and stores nothing', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await assign(therapist, client, 'gad-7');
    const [due] = await todoOf(client);
    const agent = await as(client);
    const cases: [Record<string, unknown>, string][] = [
      [{ instrumentId: 'gad-7', answers: { ...gad7(1), '8': 1 } }, 'answers.8'],
      [{ instrumentId: 'gad-7', answers: { ...gad7(1), '3': 4 } }, 'answers.3'],
      [{ instrumentId: 'gad-7', answers: { ...gad7(1), '2': 1.5 } }, 'answers.2'],
      // PHQ-9 answers sent to a GAD-7 occasion: mixed answers are refused, never scored.
      [{ instrumentId: 'phq-9', answers: phq9(1, 0) }, 'instrumentId'],
      [{ instrumentId: 'no-such-measure', answers: {} }, 'instrumentId'],
    ];
    for (const [extra, path] of cases) {
      const answer = await agent.post('/api/me/measures/responses', {
        id: randomUUID(),
        occasionId: due!.occasionId,
        ...extra,
      });
      expect([400, 409], path).toContain(answer.statusCode);
      expect(answer.json(), path).toMatchObject({ path });
    }
    expect(await countRows('measure_responses', client.id)).toBe(0);
    expect(await todoOf(client)).toHaveLength(1);
  });

  it('keeps progress as a draft, and refuses an occasion that has closed', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await assign(therapist, client, 'gad-7', { windowDays: 1 });
    const [due] = await todoOf(client);
    const agent = await as(client);
    const saved = await agent.put(`/api/me/measures/occasions/${due!.occasionId}/draft`, {
      answers: { '1': 2, '2': null },
    });
    expect(saved.statusCode).toBe(204);
    const [withDraft] = (await agent.get('/api/me/measures/todo')).json<{
      todo: { draft: unknown }[];
    }>().todo;
    expect(withDraft!.draft).toEqual({ '1': 2, '2': null });
    ctx.advanceClock(2 * 24 * 3_600_000);
    const late = await (
      await as(client)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: due!.occasionId,
      instrumentId: 'gad-7',
      answers: gad7(1),
    });
    expect(late.json()).toMatchObject({ code: 'MEASURE_NOT_OPEN', path: 'occasionId' });
    // The therapist sees it was left half done when its window closed.
    const staff = await as(therapist);
    const [assignment] = (await staff.get(`/api/clients/${client.id}/assignments`)).json<{
      assignments: {
        recent: { state: string; reminder: { state: string } | null }[];
        lastReminder: { state: string } | null;
      }[];
    }>().assignments;
    expect(assignment!.recent[0]!.state).toBe('left-half-done');
    // Seen in the app: the in-app "opened", for the assignment and for that occasion.
    expect(assignment!.lastReminder?.state).toBe('opened');
    expect(assignment!.recent[0]!.reminder?.state).toBe('opened');
  });
});

describe('who sees answers', () => {
  it('gives another client, a therapist off the care team and the admin nothing', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
    const [mine, other] = [practice.clients[0]!, practice.clients[1]!];
    await assign(practice.therapists[0]!, mine, 'gad-7');
    const [due] = await todoOf(mine);
    const stranger = await as(other);
    const draft = await stranger.put(`/api/me/measures/occasions/${due!.occasionId}/draft`, {
      answers: { '1': 1 },
    });
    expect(draft.json()).toMatchObject({ code: 'MEASURE_NOT_OPEN' });
    const submit = await stranger.post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: due!.occasionId,
      instrumentId: 'gad-7',
      answers: gad7(0),
    });
    expect(submit.statusCode).toBe(409);
    const offTeam = await as(practice.therapists[1]!);
    expect((await offTeam.get(`/api/clients/${mine.id}/measures`)).statusCode).toBe(404);
    expect((await offTeam.get(`/api/clients/${mine.id}/assignments`)).statusCode).toBe(404);
    const admin = await as(practice.admin);
    expect((await admin.get(`/api/clients/${mine.id}/measures`)).statusCode).toBe(403);
    // The supervisor of the care team's therapist reads, and may not assign.
    const supervisor = await as(practice.supervisor);
    expect((await supervisor.get(`/api/clients/${mine.id}/measures`)).statusCode).toBe(200);
    expect((await assign(practice.supervisor, mine, 'gad-7')).statusCode).toBe(403);
  });

  it('hides results from the client when the therapist chose to, never from the therapist', async () => {
    const practice = await createTestPractice(ctx.deps);
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await assign(therapist, client, 'gad-7', { resultsHidden: true });
    const [due] = await todoOf(client);
    const agent = await as(client);
    const answer = await agent.post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: due!.occasionId,
      instrumentId: 'gad-7',
      answers: gad7(2),
    });
    expect(answer.json()).toMatchObject({
      response: { showResults: false, total: null, band: null, meaning: null },
    });
    expect((await agent.get('/api/me/measures')).json()).toEqual({ measures: [] });
    const staff = await as(therapist);
    const results = (await staff.get(`/api/clients/${client.id}/measures`)).json<{
      measures: { points: { total: number }[] }[];
    }>();
    expect(results.measures[0]!.points[0]!.total).toBe(14);
  });
});

describe('the caseload', () => {
  it('puts the client with an open alert first, and searches by name in the body', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 3 });
    await withFallback(practice);
    const therapist = practice.therapists[0]!;
    const atRisk = practice.clients[2]!;
    await assign(therapist, atRisk, 'phq-9');
    const [due] = await todoOf(atRisk);
    await (
      await as(atRisk)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: due!.occasionId,
      instrumentId: 'phq-9',
      answers: phq9(2, 1),
    });
    const agent = await as(therapist);
    const caseload = (await agent.post('/api/caseload', {})).json<{
      clients: {
        id: string;
        displayName: string;
        openAlerts: number;
        attention: { rank: number; reasons: string[] };
        measures: { shortTitle: string; latest: { total: number; band: { id: string } } }[];
      }[];
    }>().clients;
    expect(caseload[0]).toMatchObject({
      id: atRisk.id,
      openAlerts: 1,
      attention: { rank: 0, reasons: ['Open alert'] },
      measures: [{ shortTitle: 'PHQ-9', latest: { total: 17, band: { id: 'moderately-severe' } } }],
    });
    const found = (
      await agent.post('/api/caseload', { search: caseload[1]!.displayName.toUpperCase() })
    ).json<{ clients: { id: string }[] }>().clients;
    expect(found.map((c) => c.id)).toEqual([caseload[1]!.id]);
    const alertsOnly = (await agent.post('/api/caseload', { filter: 'alerts' })).json<{
      clients: { id: string }[];
    }>().clients;
    expect(alertsOnly.map((c) => c.id)).toEqual([atRisk.id]);
  });
});
