import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../deps.ts';
import { jobKinds } from '../../jobs/job-kinds.ts';
import { createJobRunner, type JobRunner } from '../../jobs/job-runner.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { measureOccasionJob } from './occasion-job.ts';

/*
 * Occasions and reminders through the real job runner, with the clock pinned
 * and moved by the test. SMTP is "set up", so reminders are written to the
 * outbox (nothing sends them here). The practice is in Europe/Berlin, and the
 * weeks cross the spring change on 2026-03-29.
 */
let ctx: TestContext;
let now: Date;
const T0 = new Date('2026-03-16T08:00:00.000Z'); // a Monday, 09:00 in Berlin
const days = (n: number) => new Date(T0.getTime() + n * 24 * 3_600_000);

function occasionRunner(deps: Deps, runnerId: string): JobRunner {
  return createJobRunner(
    deps,
    {
      kinds: { 'measure-occasion': jobKinds['measure-occasion'] },
      handlers: { 'measure-occasion': measureOccasionJob },
    },
    { pollIntervalMs: 60_000, runnerId },
  );
}

beforeAll(async () => {
  ctx = await createTestApp({ smtpUrl: 'smtp://mail.invalid:25' });
  ctx.deps.clock = () => now;
});
beforeEach(() => {
  now = T0;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function berlinPractice(): Promise<TestPractice> {
  const practice = await createTestPractice(ctx.deps);
  await ctx.deps.db
    .updateTable('practices')
    .set({ time_zone: 'Europe/Berlin' })
    .where('id', '=', practice.practiceId)
    .execute();
  return practice;
}

async function remindersTo(email: string) {
  return ctx.deps.db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('to_address', '=', email)
    .execute();
}

async function occasionsOf(clientId: string) {
  return ctx.deps.db
    .selectFrom('measure_occasions')
    .select(['due_on', 'opens_at', 'reminded_at'])
    .where('client_id', '=', clientId)
    .orderBy('due_on')
    .execute();
}

describe('weekly occasions and their reminders', () => {
  it('makes each Monday due at local midnight across the clock change, and reminds once per occasion without naming the measure', async () => {
    const practice = await berlinPractice();
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const made = await (
      await as(therapist)
    ).post(`/api/clients/${client.id}/assignments`, {
      id: randomUUID(),
      instrumentId: 'gad-7',
      schedule: { kind: 'weekly', weekday: 1 },
      startsOn: '2026-03-16',
    });
    expect(made.statusCode).toBe(201);
    // Two Tandem instances poll the same database.
    const [one, two] = [occasionRunner(ctx.deps, 'one'), occasionRunner(ctx.deps, 'two')];
    for (const day of [0, 7, 14]) {
      now = days(day);
      await Promise.all([one.runDueJobs(), two.runDueJobs()]);
    }
    const occasions = await occasionsOf(client.id);
    expect(occasions.map((o) => o.due_on)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
    // Midnight in Berlin: 23:00 UTC before the change, 22:00 UTC after it.
    expect(occasions.map((o) => o.opens_at.toISOString())).toEqual([
      '2026-03-15T23:00:00.000Z',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
    expect(occasions.every((o) => o.reminded_at !== null)).toBe(true);
    const mails = await remindersTo(client.email);
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.subject).toBe('A reminder from Tandem');
      expect(`${mail.subject} ${mail.body}`).not.toMatch(/GAD|anxiety|PHQ|depress/i);
    }
  });

  it('catches up after downtime: the missed occasions are made, and only the open one is reminded', async () => {
    const practice = await berlinPractice();
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    await (
      await as(therapist)
    ).post(`/api/clients/${client.id}/assignments`, {
      id: randomUUID(),
      instrumentId: 'gad-7',
      schedule: { kind: 'every-n-days', days: 7 },
      startsOn: '2026-03-16',
      windowDays: 2,
    });
    // The first occasion's job ran when it was assigned; then Tandem was down for 3 weeks.
    await occasionRunner(ctx.deps, 'before').runDueJobs();
    now = days(21);
    await occasionRunner(ctx.deps, 'after').runDueJobs();
    const occasions = await occasionsOf(client.id);
    expect(occasions.map((o) => o.due_on)).toEqual([
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
    ]);
    // Reminded: the first (on time) and today's; not the two whose windows closed meanwhile.
    expect(occasions.map((o) => o.reminded_at !== null)).toEqual([true, false, false, true]);
  });

  it('sends nothing for a paused assignment or one without reminders', async () => {
    const practice = await berlinPractice();
    const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
    const agent = await as(therapist);
    await agent.post(`/api/clients/${client.id}/assignments`, {
      id: randomUUID(),
      instrumentId: 'gad-7',
      schedule: { kind: 'weekly', weekday: 1 },
      startsOn: '2026-03-16',
      reminders: false,
    });
    const paused = (
      await agent.post(`/api/clients/${client.id}/assignments`, {
        id: randomUUID(),
        instrumentId: 'phq-2',
        schedule: { kind: 'weekly', weekday: 1 },
        startsOn: '2026-03-23',
      })
    ).json<{ assignment: { id: string } }>().assignment;
    await agent.request('PATCH', `/api/clients/${client.id}/assignments/${paused.id}`, {
      version: 1,
      status: 'paused',
    });
    const runner = occasionRunner(ctx.deps, 'quiet');
    for (const day of [0, 7, 14]) {
      now = days(day);
      await runner.runDueJobs();
    }
    expect(await remindersTo(client.email)).toEqual([]);
    const dueOn = (await occasionsOf(client.id)).map((o) => o.due_on);
    // The paused PHQ-2 made no occasions; the GAD-7 kept its Mondays.
    expect(dueOn).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
  });
});
