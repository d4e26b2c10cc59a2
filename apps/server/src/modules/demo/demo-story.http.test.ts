import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, scoreResponse } from '@tandem/instruments';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { spreadTotal } from './demo-history.ts';
import { seedDemoPractice } from './demo-practice.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ demo: true });
  await seedDemoPractice(ctx.deps.db, { password: null, country: 'GB', now: ctx.deps.clock() });
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
});
