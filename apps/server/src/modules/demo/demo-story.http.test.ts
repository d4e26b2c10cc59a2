import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, scoreResponse } from '@tandem/instruments';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { spreadTotal } from './demo-history.ts';
import { seedDemoPractice } from './demo-practice.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ demo: true });
  await seedDemoPractice(ctx.deps.db, {
    password: null,
    country: 'GB',
    now: ctx.deps.clock(),
    cipher: ctx.deps.cipher,
  });
});
afterAll(async () => ctx.close());

async function demoUser(email: string) {
  const row = await ctx.deps.db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'u.practice_id'])
    .where('a.email', '=', email)
    .executeTakeFirstOrThrow();
  return new TestAgent(ctx.app).actAs(ctx.deps, { id: row.id, practiceId: row.practice_id });
}

interface Row {
  displayName: string;
  openAlerts: number;
  attention: { rank: number; reasons: string[] };
  measures: {
    shortTitle: string;
    change: { category: string } | null;
    notOnTrack: { status: string; reason: string } | null;
  }[];
}

describe('the demo practice on first start', () => {
  it('tells a story: the recent critical answer first, then the others, with months of history', async () => {
    const therapist = await demoUser('therapist@demo.tandem.test');
    const rows = (await therapist.post('/api/caseload', {})).json<{ clients: Row[] }>().clients;
    expect(rows.map((r) => r.displayName)).toEqual([
      'Riley Client (demo)',
      expect.any(String),
      expect.any(String),
    ]);
    expect(rows[0]).toMatchObject({ openAlerts: 1, attention: { rank: 0 } });
    const alex = rows.find((r) => r.displayName.startsWith('Alex'));
    // 18 → 5 on PHQ-9: reliable and clinically significant improvement.
    expect(alex?.measures.find((m) => m.shortTitle === 'PHQ-9')?.change?.category).toBe(
      'recovered',
    );
    const jordan = rows.find((r) => r.displayName.startsWith('Jordan'));
    expect(jordan?.measures.find((m) => m.shortTitle === 'PHQ-9')?.change?.category).toBe(
      'unchanged',
    );
  });

  it('gives the improving client something to do today', async () => {
    const alex = await demoUser('alex@demo.tandem.test');
    const todo = (await alex.get('/api/me/measures/todo')).json<{
      todo: { instrumentId: string }[];
    }>().todo;
    expect(todo.map((t) => t.instrumentId)).toEqual(['pcl-5']);
  });
});

describe('spreadTotal', () => {
  it('makes answers that score exactly the total asked for', () => {
    const phq9 = getInstrument('phq-9')!;
    for (const total of [0, 5, 17, 27]) {
      const item9 = total === 27 ? 3 : total >= 3 ? 1 : 0;
      const answers = spreadTotal(phq9, total, { '9': item9 });
      expect(scoreResponse(phq9, answers).total, String(total)).toBe(total);
      expect(answers['9']).toBe(item9);
    }
  });

  it('shows the therapist weeks of what clients shared, never what they kept private', async () => {
    const therapist = await demoUser('therapist@demo.tandem.test');
    const alex = await demoUser('alex@demo.tandem.test');
    const alexId = (await alex.get('/api/session')).json<{ user: { id: string } }>().user.id;
    const timeline = (await therapist.get(`/api/clients/${alexId}/timeline`)).json<{
      items: { type: string; checkIn?: { visibility: string }; entry?: { visibility: string } }[];
      summary: { checkIns: { count: number; moodAverage: number | null } };
    }>();
    const sharedCheckIns = timeline.items.filter((i) => i.type === 'check-in');
    expect(sharedCheckIns.length).toBeGreaterThan(20);
    expect(timeline.items.some((i) => i.type === 'journal')).toBe(true);
    expect(timeline.items.some((i) => i.type === 'plan')).toBe(true);
    expect(timeline.summary.checkIns.moodAverage).not.toBeNull();
    for (const item of timeline.items) {
      expect(item.checkIn?.visibility ?? item.entry?.visibility ?? 'shared').toBe('shared');
    }
    // Alex sees all of their own, the private ones too.
    const own = (await alex.get('/api/me/check-ins')).json<{
      checkIns: { visibility: string }[];
    }>();
    expect(own.checkIns.length).toBeGreaterThan(sharedCheckIns.length);
    const journal = (await alex.get('/api/me/journal')).json<{
      entries: { visibility: string }[];
    }>();
    expect(journal.entries.map((e) => e.visibility)).toContain('private');
  });

  it("gives each client a worksheet of the growth tools, shared, with Riley's DEAR MAN script and how it went", async () => {
    const therapist = await demoUser('therapist@demo.tandem.test');
    for (const email of ['alex', 'jordan', 'riley'].map((n) => `${n}@demo.tandem.test`)) {
      const client = await demoUser(email);
      const id = (await client.get('/api/session')).json<{ user: { id: string } }>().user.id;
      const items = (await therapist.get(`/api/clients/${id}/timeline`)).json<{
        items: {
          type: string;
          worksheet?: { worksheet: string; answers: Record<string, unknown> };
        }[];
      }>().items;
      const worksheets = items.flatMap((i) => (i.worksheet ? [i.worksheet] : []));
      expect(worksheets.length, email).toBeGreaterThan(0);
      if (email.startsWith('riley')) {
        const script = worksheets.find((w) => w.worksheet === 'dear-man');
        expect(script?.answers).toMatchObject({
          'priority-first': 1,
          'afterwards-self-respect': 9,
        });
      }
    }
  });

  it('links Alex and Jordan as a couple ready for joint sessions, each goal shared with the other', async () => {
    const therapist = await demoUser('therapist@demo.tandem.test');
    const groups = (await therapist.get('/api/client-groups')).json<{
      groups: { id: string; kind: string; jointWork: string; members: { displayName: string }[] }[];
    }>().groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'couple', jointWork: 'ready' });
    expect(groups[0]!.members.map((m) => m.displayName)).toEqual([
      'Alex Client (demo)',
      'Jordan Client (demo)',
    ]);
    const alex = (await (await demoUser('alex@demo.tandem.test')).get('/api/me/groups')).json<{
      groups: {
        ownGoal: { text: string };
        sharedWithMe: { displayName: string; text: string }[];
      }[];
    }>().groups[0];
    expect(alex?.ownGoal.text).toContain('same argument about chores');
    // Jordan chose to let Alex see their goal.
    expect(alex?.sharedWithMe).toEqual([
      expect.objectContaining({
        displayName: 'Jordan Client (demo)',
        text: expect.stringContaining('same side again'),
      }),
    ]);
    const riley = (await (await demoUser('riley@demo.tandem.test')).get('/api/me/groups')).json<{
      groups: unknown[];
    }>();
    expect(riley.groups).toEqual([]);
  });

  it("gives Riley the safety plan made with their therapist, opened in the client's words", async () => {
    const riley = await demoUser('riley@demo.tandem.test');
    const plan = (await riley.get('/api/me/plans/safety-plan')).json<{
      plan: { version: number; content: Record<string, { text: string }[]> };
    }>().plan;
    expect(plan.version).toBe(2);
    expect(plan.content.reasonsForLiving?.map((l) => l.text)).toContain('My niece');
  });
});
