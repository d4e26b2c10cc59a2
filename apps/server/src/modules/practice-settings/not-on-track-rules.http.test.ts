import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultNotOnTrackRule, type NotOnTrackRule } from '@tandem/instruments';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { REFRESH_SETTLE_MS } from '../measures/standings-refresh-job.ts';
import { noticeJobRunner } from '../notifications/test-notice-jobs.ts';

/*
 * The practice's "not on track" rule through the real app: who may read and
 * change it, validation by the instrument library, idempotence, audit, and a
 * change re-evaluating a client's standing through the background job.
 */
let ctx: TestContext;
let runner: JobRunner;
let now: Date;
const T0 = new Date('2026-03-02T10:00:00.000Z');
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.deps.clock = () => now;
  runner = noticeJobRunner(ctx.deps);
});
beforeEach(() => {
  now = T0;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const gad7Default = defaultNotOnTrackRule('gad-7')!;
const url = (id: string) => `/api/admin/not-on-track-rules/${id}`;

interface RuleView {
  instrumentId: string;
  default: NotOnTrackRule;
  practiceRule: NotOnTrackRule | null;
  inForce: NotOnTrackRule;
  inForceSummary: string[];
  defaultSummary: string[];
  citations: { parameter: string; sources: { key: string; citation: string }[] }[];
}

/** GAD-7 answers adding up to `total` (0–21). */
function gad7Total(total: number): Record<string, number> {
  return Object.fromEntries(
    Array.from({ length: 7 }, (_, i) => [String(i + 1), Math.min(3, Math.max(0, total - 3 * i))]),
  );
}

/** Client 0 answers the GAD-7 at each [day, total]; an assignment makes it answerable. */
async function answerGad7(practice: TestPractice, series: [number, number][]): Promise<void> {
  const [therapist, client] = [practice.therapists[0]!, practice.clients[0]!];
  now = T0;
  const assigned = await (
    await as(therapist)
  ).post(`/api/clients/${client.id}/assignments`, {
    id: randomUUID(),
    instrumentId: 'gad-7',
    schedule: { kind: 'every-n-days', days: 7 },
    startsOn: T0.toISOString().slice(0, 10),
  });
  expect(assigned.statusCode).toBe(201);
  for (const [day, total] of series) {
    now = days(day);
    const sent = await (
      await as(client)
    ).post('/api/me/measures/responses', {
      id: randomUUID(),
      occasionId: null,
      instrumentId: 'gad-7',
      answers: gad7Total(total),
    });
    expect(sent.statusCode, sent.body).toBe(201);
  }
}

const standing = async (practice: TestPractice) =>
  ctx.deps.db
    .selectFrom('measure_status')
    .select(['not_on_track', 'not_on_track_reason'])
    .where('practice_id', '=', practice.practiceId)
    .where('client_id', '=', practice.clients[0]!.id)
    .where('instrument_id', '=', 'gad-7')
    .executeTakeFirstOrThrow();

describe('the practice’s "not on track" rule', () => {
  it('shows every staff member the default with its sources, and clients nothing', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    for (const user of [practice.admin, practice.therapists[0]!, practice.supervisor]) {
      const answer = await (await as(user)).get('/api/practice/not-on-track-rules');
      expect(answer.statusCode).toBe(200);
      const rules = answer.json<{ rules: RuleView[] }>().rules;
      expect(rules.map((r) => r.instrumentId).sort()).toEqual(['gad-7', 'phq-9']);
      const gad7 = rules.find((r) => r.instrumentId === 'gad-7')!;
      expect(gad7).toMatchObject({
        default: gad7Default,
        practiceRule: null,
        inForce: gad7Default,
      });
      expect(gad7.inForceSummary).toEqual(gad7.defaultSummary);
      expect(gad7.inForceSummary.join(' ')).toContain('rises 4 points or more');
      // Every default cited from the library; GAD-7 has no cut points, so none are cited.
      expect(gad7.citations.map((c) => c.parameter)).toContain('caseness');
      expect(gad7.citations.some((c) => c.parameter.startsWith('cutPoints'))).toBe(false);
      expect(gad7.citations.flatMap((c) => c.sources).every((s) => s.citation.length > 10)).toBe(
        true,
      );
      const phq9 = rules.find((r) => r.instrumentId === 'phq-9')!;
      expect(phq9.citations.find((c) => c.parameter === 'cutPoints.points')?.sources[0]?.key).toBe(
        'SCHUELLER2015',
      );
    }
    const client = await (await as(practice.clients[0]!)).get('/api/practice/not-on-track-rules');
    expect(client.statusCode).toBe(403);
  });

  it('is changed by the admin alone, audited, idempotent, and reset to the default', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const rule = { ...gad7Default, caseness: 10 };
    for (const user of [practice.therapists[0]!, practice.supervisor, practice.clients[0]!]) {
      expect((await (await as(user)).put(url('gad-7'), { rule })).statusCode).toBe(403);
    }
    const admin = await as(practice.admin);
    const first = await admin.put(url('gad-7'), { rule });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      changed: true,
      rule: { practiceRule: rule, inForce: rule },
    });
    const again = await admin.put(url('gad-7'), { rule });
    expect(again.json()).toMatchObject({ changed: false, rule: { practiceRule: rule } });
    // A therapist reads the rule in force, in words too.
    const read = await (await as(practice.therapists[0]!)).get('/api/practice/not-on-track-rules');
    const gad7 = read.json<{ rules: RuleView[] }>().rules.find((r) => r.instrumentId === 'gad-7')!;
    expect(gad7.inForce).toEqual(rule);
    expect(gad7.inForceSummary.join(' ')).toContain('is 10 or more');
    // Back to the default; the default's own values are the default, not an override.
    const reset = await admin.put(url('gad-7'), { rule: null });
    expect(reset.json()).toMatchObject({ changed: true, rule: { practiceRule: null } });
    expect((await admin.put(url('gad-7'), { rule: gad7Default })).json()).toMatchObject({
      changed: false,
      rule: { practiceRule: null },
    });
    const events = await ctx.deps.db
      .selectFrom('audit_events')
      .select(['actor_id', 'detail'])
      .where('practice_id', '=', practice.practiceId)
      .where('action', '=', 'practice.notOnTrack.update')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => (e.detail as { changed: boolean }).changed)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(events[0]).toMatchObject({
      actor_id: practice.admin.id,
      detail: { instrumentId: 'gad-7', before: null, after: rule },
    });
    const stored = await ctx.deps.db
      .selectFrom('practices')
      .select('not_on_track_rule')
      .where('id', '=', practice.practiceId)
      .executeTakeFirstOrThrow();
    expect(stored.not_on_track_rule).toBeNull();
  });

  it('refuses a bad rule with the library’s field path, and changes nothing', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const admin = await as(practice.admin);
    const bad: [unknown, string][] = [
      [{ ...gad7Default, caseness: 22 }, 'rule.caseness'],
      [{ ...gad7Default, caseness: 'high' }, 'rule.caseness'],
      [
        { ...gad7Default, earlyNonResponse: { ...gad7Default.earlyNonResponse, fromWeek: 1.5 } },
        'rule.earlyNonResponse.fromWeek',
      ],
      [
        { ...gad7Default, earlyNonResponse: { ...gad7Default.earlyNonResponse, fromWeek: 9 } },
        'rule.earlyNonResponse.fromWeek',
      ],
      [
        {
          ...gad7Default,
          inadequateResponse: { ...gad7Default.inadequateResponse, minimumReductionPercent: 0 },
        },
        'rule.inadequateResponse.minimumReductionPercent',
      ],
      [
        { ...gad7Default, reliableDeterioration: { enabeld: true, points: 4 } },
        'rule.reliableDeterioration.enabeld',
      ],
      [
        { ...gad7Default, cutPoints: { enabled: true, points: [{ fromWeek: 4, atLeast: 30 }] } },
        'rule.cutPoints.points[0].atLeast',
      ],
      [{ ...gad7Default, extra: 1 }, 'rule.extra'],
    ];
    for (const [rule, path] of bad) {
      const answer = await admin.put(url('gad-7'), { rule });
      expect(answer.statusCode, path).toBe(400);
      expect(answer.json(), path).toMatchObject({ code: 'VALIDATION_FAILED', path });
    }
    // The message reads beside the field: the path names it.
    const high = await admin.put(url('gad-7'), { rule: { ...gad7Default, caseness: 22 } });
    expect(high.json<{ message: string }>().message).toBe(
      'Must be above 0 and at most 21, got 22.',
    );
    const notAList = await admin.put(url('gad-7'), { rule: [1] });
    expect(notAList.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'rule' });
    // A measure without a published rule, or none at all, has nothing to set.
    expect((await admin.put(url('k10'), { rule: null })).statusCode).toBe(404);
    expect((await admin.put(url('no-such'), { rule: null })).statusCode).toBe(404);
    const read = await admin.get('/api/practice/not-on-track-rules');
    expect(read.json<{ rules: RuleView[] }>().rules.every((r) => r.practiceRule === null)).toBe(
      true,
    );
  });

  it('re-evaluates a client’s standing in the background after a change', async () => {
    const practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    // Baseline 14, then 13 and 12 by week 5: improved 2 points, less than the default's 4.
    await answerGad7(practice, [
      [0, 14],
      [14, 13],
      [35, 12],
    ]);
    expect(await standing(practice)).toMatchObject({ not_on_track: 'not-on-track' });
    const easier = {
      ...gad7Default,
      earlyNonResponse: { ...gad7Default.earlyNonResponse, minimumImprovement: 2 },
    };
    const saved = await (await as(practice.admin)).put(url('gad-7'), { rule: easier });
    expect(saved.statusCode).toBe(200);
    // Nothing changes until the job runs, a short settle time after the change.
    await runner.runDueJobs();
    expect(await standing(practice)).toMatchObject({ not_on_track: 'not-on-track' });
    now = new Date(now.getTime() + REFRESH_SETTLE_MS);
    await runner.runDueJobs();
    expect(await standing(practice)).toMatchObject({ not_on_track: 'on-track' });
    // And back: the default again makes the client not on track.
    expect((await (await as(practice.admin)).put(url('gad-7'), { rule: null })).statusCode).toBe(
      200,
    );
    now = new Date(now.getTime() + REFRESH_SETTLE_MS);
    await runner.runDueJobs();
    expect(await standing(practice)).toMatchObject({ not_on_track: 'not-on-track' });
    // Each start of an episode told the care team: by the answer, then by the rule.
    const notices = await ctx.deps.db
      .selectFrom('staff_notices')
      .select('kind')
      .where('practice_id', '=', practice.practiceId)
      .execute();
    expect(notices).toEqual([{ kind: 'not-on-track' }, { kind: 'not-on-track' }]);
  });
});
