import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';

/** The admin's practice settings through the real app: time zone, crisis country, fallback, interval. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

const valid = (practice: TestPractice) => ({
  timeZone: 'Europe/London',
  country: 'GB',
  alertFallbackStaffId: practice.supervisor.id,
  escalationMinutes: 120,
});

describe('practice settings', () => {
  it('starts at the defaults and lists who may be the fallback contact', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 1 });
    const answer = await (await as(practice.admin)).get('/api/admin/practice-settings');
    expect(answer.statusCode).toBe(200);
    const body = answer.json<{ staff: { id: string; role: string }[] }>();
    expect(body).toMatchObject({
      timeZone: 'UTC',
      country: 'GB',
      alertFallbackStaffId: null,
      escalationMinutes: 240,
    });
    // Therapists and supervisors only: never the admin or a client.
    expect(body.staff.map((s) => s.id).sort()).toEqual(
      [practice.supervisor.id, ...practice.therapists.map((t) => t.id)].sort(),
    );
  });

  it('saves valid settings, audits them, and answers what is now stored', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const admin = await as(practice.admin);
    const saved = await admin.put('/api/admin/practice-settings', {
      ...valid(practice),
      country: 'de',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...valid(practice), country: 'DE' });
    expect((await admin.get('/api/admin/practice-settings')).json()).toMatchObject({
      ...valid(practice),
      country: 'DE',
    });
    const event = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['actor_id', 'detail'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'practice.settings.update')
      .executeTakeFirstOrThrow();
    expect(event.actor_id).toBe(practice.admin.id);
    expect(event.detail).toMatchObject({ after: { ...valid(practice), country: 'DE' } });
  });

  it('refuses each bad field by name and changes nothing', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const other = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const admin = await as(practice.admin);
    await ctx.deps.db
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', practice.therapists[0]!.id)
      .execute();
    const bad: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ timeZone: '' }, 'timeZone'],
      [{ country: 'XX' }, 'country'],
      [{ country: 'GBR' }, 'country'],
      [{ escalationMinutes: 14 }, 'escalationMinutes'],
      [{ escalationMinutes: 10081 }, 'escalationMinutes'],
      [{ escalationMinutes: 30.5 }, 'escalationMinutes'],
      [{ alertFallbackStaffId: 'nobody' }, 'alertFallbackStaffId'],
      [{ alertFallbackStaffId: randomUUID() }, 'alertFallbackStaffId'],
      // Not a therapist or supervisor, deactivated, or of another practice.
      [{ alertFallbackStaffId: practice.admin.id }, 'alertFallbackStaffId'],
      [{ alertFallbackStaffId: practice.clients[0]!.id }, 'alertFallbackStaffId'],
      [{ alertFallbackStaffId: practice.therapists[0]!.id }, 'alertFallbackStaffId'],
      [{ alertFallbackStaffId: other.therapists[0]!.id }, 'alertFallbackStaffId'],
    ];
    for (const [change, path] of bad) {
      const answer = await admin.put('/api/admin/practice-settings', {
        ...valid(practice),
        ...change,
      });
      expect(answer.statusCode, JSON.stringify(change)).toBe(400);
      expect(answer.json(), JSON.stringify(change)).toMatchObject({
        code: 'VALIDATION_FAILED',
        path,
      });
    }
    const missing = await admin.put('/api/admin/practice-settings', { timeZone: 'UTC' });
    expect(missing.statusCode).toBe(400);
    expect((await admin.get('/api/admin/practice-settings')).json()).toMatchObject({
      timeZone: 'UTC',
      alertFallbackStaffId: null,
      escalationMinutes: 240,
    });
  });

  it('keeps the edges of the interval: 15 minutes to 7 days', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const admin = await as(practice.admin);
    for (const escalationMinutes of [15, 10080]) {
      const answer = await admin.put('/api/admin/practice-settings', {
        ...valid(practice),
        escalationMinutes,
      });
      expect(answer.statusCode, String(escalationMinutes)).toBe(200);
    }
  });

  it('will not take the fallback contact away while a measure with a risk question is being sent', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const admin = await as(practice.admin);
    expect((await admin.put('/api/admin/practice-settings', valid(practice))).statusCode).toBe(200);
    const now = new Date();
    await ctx.deps.db
      .insertInto('measure_assignments')
      .values({
        practice_id: practice.practiceId,
        id: randomUUID(),
        client_id: practice.clients[0]!.id,
        instrument_id: 'phq-9',
        schedule: JSON.stringify({ kind: 'once' }),
        starts_on: '2026-03-01',
        ends_on: null,
        window_days: 3,
        reminders: true,
        results_hidden: false,
        status: 'active',
        version: 1,
        created_by: practice.therapists[0]!.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const cleared = await admin.put('/api/admin/practice-settings', {
      ...valid(practice),
      alertFallbackStaffId: null,
    });
    expect(cleared.statusCode).toBe(409);
    expect(cleared.json()).toMatchObject({
      code: 'ALERT_FALLBACK_REQUIRED',
      path: 'alertFallbackStaffId',
    });
    // Another person may take over.
    const replaced = await admin.put('/api/admin/practice-settings', {
      ...valid(practice),
      alertFallbackStaffId: practice.therapists[0]!.id,
    });
    expect(replaced.statusCode).toBe(200);
  });

  it('is the admin’s alone', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    for (const user of [practice.therapists[0]!, practice.supervisor, practice.clients[0]!]) {
      const agent = await as(user);
      expect((await agent.get('/api/admin/practice-settings')).statusCode).toBe(403);
      expect((await agent.put('/api/admin/practice-settings', valid(practice))).statusCode).toBe(
        403,
      );
    }
  });
});

describe('accepting an instrument licence', () => {
  interface Instrument {
    id: string;
    licenceAccepted: boolean;
    assignable: boolean;
    notAssignableReason: string | null;
  }

  it('turns on an instrument that needs a licence, once, audited', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const admin = await as(practice.admin);
    const first = await admin.post('/api/admin/instruments/k10/accept-licence', {});
    expect(first.statusCode).toBe(200);
    expect(first.json<{ instrument: Instrument }>().instrument).toMatchObject({
      id: 'k10',
      licenceAccepted: true,
      notAssignableReason: null,
      assignable: true,
    });
    expect((await admin.post('/api/admin/instruments/k10/accept-licence', {})).statusCode).toBe(
      200,
    );
    const rows = await ctx.deps.db
      .selectFrom('instrument_licences')
      .selectAll()
      .where('practice_id', '=', practice.practiceId)
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({ instrument_id: 'k10', accepted_by: practice.admin.id }),
    ]);
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['resource_id'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'instrument.licence.accept')
      .execute();
    expect(events).toEqual([{ resource_id: 'k10' }]);
  });

  it('has nothing to accept for a free instrument, and nothing to find for an unknown one', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const admin = await as(practice.admin);
    const free = await admin.post('/api/admin/instruments/phq-9/accept-licence', {});
    expect(free.statusCode).toBe(400);
    expect(free.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'id' });
    const unknown = await admin.post('/api/admin/instruments/no-such-measure/accept-licence', {});
    expect(unknown.statusCode).toBe(404);
    expect(
      await ctx.deps.db
        .selectFrom('instrument_licences')
        .select('instrument_id')
        .where('practice_id', '=', practice.practiceId)
        .execute(),
    ).toEqual([]);
  });

  it('is the admin’s alone', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    for (const user of [practice.therapists[0]!, practice.supervisor, practice.clients[0]!]) {
      const answer = await (await as(user)).post('/api/admin/instruments/k10/accept-licence', {});
      expect(answer.statusCode).toBe(403);
    }
  });
});
