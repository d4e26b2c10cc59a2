import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newActivity } from '../access/role-matrix.activation.ts';
import { newHomework } from '../access/role-matrix.homework-cases.ts';
import { newSkillPractice } from '../access/role-matrix.worksheets.ts';

/**
 * Homework from any tool: the tools beyond worksheets and skills (exposure
 * practice, goal rating, the activity schedule, a measure by the measures
 * module's rules), and linking the entry made, shared by default.
 */
let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
let therapist: TestUser;
const future = '2999-06-30';

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
  client = practice.clients[0]!;
  therapist = practice.therapists[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const homeworkUrl = () => `/api/clients/${client.id}/homework`;
const dateIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function count(table: 'homework' | 'measure_assignments'): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function myHomework(id: string) {
  const list = await (await as(client)).get('/api/me/homework');
  return list
    .json<{ homework: { id: string; [k: string]: unknown }[] }>()
    .homework.find((h) => h.id === id);
}

describe('more tools as homework', () => {
  it.each([
    ['exposure-practice', 'An exposure practice'],
    ['goal-rating', 'Rating your goals'],
    ['activities', 'Planning activities'],
  ])('takes %s', async (kind, name) => {
    const made = await (
      await as(therapist)
    ).post(homeworkUrl(), { ...newHomework(), tool: { kind }, dueOn: future });
    expect(made.statusCode).toBe(201);
    expect(made.json().homework.tool).toEqual({ kind, key: null, name });
  });

  it('a measure: the measures rules apply, and it opens in the client’s To do', async () => {
    const agent = await as(therapist);
    const before = {
      homework: await count('homework'),
      assignments: await count('measure_assignments'),
    };
    for (const [key, code] of [
      ['k10', 'INSTRUMENT_LICENCE_REQUIRED'],
      ['phq-9', 'ALERT_FALLBACK_REQUIRED'],
      ['no-such-measure', 'VALIDATION_FAILED'],
    ] as const) {
      const refused = await agent.post(homeworkUrl(), {
        ...newHomework(),
        tool: { kind: 'measure', key },
        dueOn: dateIn(5),
      });
      expect(refused.json()).toMatchObject({ code, path: 'tool.key' });
    }
    expect(await count('homework')).toBe(before.homework);
    expect(await count('measure_assignments')).toBe(before.assignments);

    const body = { ...newHomework(), tool: { kind: 'measure', key: 'gad-7' }, dueOn: dateIn(5) };
    const made = await agent.post(homeworkUrl(), body);
    expect(made.statusCode).toBe(201);
    expect(made.json().homework.tool).toMatchObject({ kind: 'measure', key: 'gad-7' });
    expect(made.json().homework.tool.name).toMatch(/GAD-7|Generalized Anxiety/);
    expect((await agent.post(homeworkUrl(), body)).statusCode).toBe(200);
    expect(await count('measure_assignments')).toBe(before.assignments + 1);

    // The client finds the questionnaire open in To do, and the homework links to it.
    const todo = (await (await as(client)).get('/api/me/measures/todo')).json<{
      todo: { occasionId: string }[];
    }>();
    const mine = await myHomework(body.id);
    expect(mine?.occasionId).toBeTruthy();
    expect(todo.todo.map((o) => o.occasionId)).toContain(mine?.occasionId);

    // Its dates are the measure's: moving them is refused; cancelling takes it out of To do.
    const moved = await agent.request('PATCH', `${homeworkUrl()}/${body.id}`, { dueOn: dateIn(9) });
    expect(moved.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'dueOn' });
    const cancelled = await agent.request('PATCH', `${homeworkUrl()}/${body.id}`, { cancel: true });
    expect(cancelled.json().homework.status).toBe('cancelled');
    const after = (await (await as(client)).get('/api/me/measures/todo')).json<{
      todo: { occasionId: string }[];
    }>();
    expect(after.todo.map((o) => o.occasionId)).not.toContain(mine?.occasionId);
  });
});

describe('the entry made as homework', () => {
  it('is offered to the client to link, and is shared by default when linked', async () => {
    const hw = (
      await (
        await as(therapist)
      ).post(homeworkUrl(), {
        ...newHomework(),
        tool: { kind: 'activities' },
        dueOn: future,
      })
    ).json<{ homework: { id: string } }>().homework;
    const me = await as(client);
    const activity = newActivity('private');
    expect((await me.post('/api/me/activities', activity)).statusCode).toBe(201);
    // A practice of a skill is not an activity: it is not offered here.
    await me.post('/api/me/skill-practices', newSkillPractice('private'));
    const offered = (await myHomework(hw.id))?.entriesMade as { kind: string; id: string }[];
    expect(offered).toEqual([
      expect.objectContaining({ kind: 'activity', id: activity.id, visibility: 'private' }),
    ]);
    // The care team is not offered the client's entries.
    const staffList = await (await as(therapist)).get(homeworkUrl());
    const staffItem = staffList
      .json<{ homework: { id: string; entriesMade: unknown[] }[] }>()
      .homework.find((h) => h.id === hw.id);
    expect(staffItem?.entriesMade).toEqual([]);

    const answer = {
      outcome: 'done',
      helpfulness: 4,
      note: null,
      entry: { kind: 'activity', id: activity.id, share: true },
    };
    const answered = await me.put(`/api/me/homework/${hw.id}/answer`, answer);
    expect(answered.statusCode).toBe(200);
    const shared = (await me.get('/api/me/activities')).json<{
      activities: { id: string; visibility: string }[];
    }>();
    expect(shared.activities.find((a) => a.id === activity.id)?.visibility).toBe('shared');
    // The care team now sees the link.
    const list = await (await as(therapist)).get(homeworkUrl());
    const item = list
      .json<{ homework: { id: string; entry: unknown }[] }>()
      .homework.find((h) => h.id === hw.id);
    expect(item?.entry).toEqual({ kind: 'activity', id: activity.id });

    // The client can still keep it to themself.
    await me.put(`/api/me/homework/${hw.id}/answer`, {
      ...answer,
      entry: { ...answer.entry, share: false },
    });
    const kept = (await me.get('/api/me/activities')).json<{
      activities: { id: string; visibility: string }[];
    }>();
    expect(kept.activities.find((a) => a.id === activity.id)?.visibility).toBe('private');
  });
});
