import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newHomework } from '../access/role-matrix.homework-cases.ts';
import { newSkillPractice } from '../access/role-matrix.worksheets.ts';
import { worksheetKeys } from '../worksheets/definitions/index.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
let therapist: TestUser;
const future = '2999-06-30';

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 2 });
  client = practice.clients[0]!;
  therapist = practice.therapists[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);
const homeworkUrl = () => `/api/clients/${client.id}/homework`;

async function countHomework(): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom('homework')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function assign(body: Record<string, unknown>) {
  const made = await (await as(therapist)).post(homeworkUrl(), body);
  expect(made.statusCode).toBe(201);
  return made.json<{ homework: { id: string } }>().homework;
}

describe('assigning homework', () => {
  it('stores any tool with a due date and a sealed note; a retry creates nothing', async () => {
    const agent = await as(therapist);
    const before = await countHomework();
    // Whatever worksheets exist now: the keys are read from the definitions.
    const key = worksheetKeys[worksheetKeys.length - 1]!;
    const body = { ...newHomework(), tool: { kind: 'worksheet', key }, dueOn: future };
    const made = await agent.post(homeworkUrl(), body);
    expect(made.statusCode).toBe(201);
    expect(made.json().homework).toMatchObject({
      id: body.id,
      tool: { kind: 'worksheet', key },
      dueOn: future,
      note: 'Twice this week, before bed.',
      status: 'waiting',
      overdue: false,
      helpfulness: null,
    });
    const replay = await agent.post(homeworkUrl(), body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().homework.id).toBe(body.id);
    const reused = await agent.post(homeworkUrl(), { ...body, note: 'Something else.' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    expect(await countHomework()).toBe(before + 1);

    const stored = await ctx
      .superuser()
      .selectFrom('homework')
      .select('note')
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(stored.note?.toString('utf8')).not.toContain('before bed');
  });

  it('takes a check-in, the journal, a skill and an "other" task', async () => {
    for (const tool of [
      { kind: 'check-in' },
      { kind: 'journal' },
      { kind: 'skill', key: 'urge-surfing' },
      { kind: 'other', task: 'Walk to the park and back' },
    ]) {
      const made = await assign({ ...newHomework(), tool, dueOn: future, note: null });
      expect(made).toMatchObject({ tool: { kind: tool.kind } });
    }
    const list = await (await as(therapist)).get(homeworkUrl());
    const names = list
      .json<{ homework: { tool: { name: string } }[] }>()
      .homework.map((h) => h.tool.name);
    expect(names).toContain('Walk to the park and back');
    expect(names).toContain('Riding the urge');
  });

  it('refuses bad input by field, with a stable code, and stores nothing', async () => {
    const agent = await as(therapist);
    const before = await countHomework();
    const bad: [Record<string, unknown>, string][] = [
      [{ tool: { kind: 'worksheet', key: 'no-such-worksheet' } }, 'tool.key'],
      [{ tool: { kind: 'skill', key: 'no-such-skill' } }, 'tool.key'],
      [{ tool: { kind: 'other', task: '   ' } }, 'tool.task'],
      [{ tool: { kind: 'telepathy' } }, 'tool.kind'],
      [{ dueOn: '2020-01-01' }, 'dueOn'],
      [{ dueOn: '2999-02-30' }, 'dueOn'],
      [{ note: 'x'.repeat(1001) }, 'note'],
      [{ id: 'not-a-uuid' }, 'id'],
    ];
    for (const [change, path] of bad) {
      const response = await agent.post(homeworkUrl(), { ...newHomework(), ...change });
      expect(response.statusCode, path).toBe(400);
      expect(response.json(), path).toMatchObject({ code: 'VALIDATION_FAILED', path });
    }
    const extra = await agent.post(homeworkUrl(), { ...newHomework(), grade: 'A' });
    expect(extra.statusCode).toBe(400);
    expect(await countHomework()).toBe(before);
  });

  it('is for the care team only: another therapist, the admin and ids out of reach get nothing', async () => {
    const other = await as(practice.therapists[1]!);
    expect((await other.post(homeworkUrl(), newHomework())).statusCode).toBe(404);
    expect((await other.get(homeworkUrl())).statusCode).toBe(404);
    const admin = await as(practice.admin);
    expect((await admin.get(homeworkUrl())).statusCode).toBe(403);
    const agent = await as(therapist);
    expect((await agent.get(`/api/clients/${randomUUID()}/homework`)).statusCode).toBe(404);
    const change = await agent.request('PATCH', `${homeworkUrl()}/${randomUUID()}`, { note: 'x' });
    expect(change.statusCode).toBe(404);
    const malformed = await agent.request('PATCH', `${homeworkUrl()}/nope`, { note: 'x' });
    expect(malformed.statusCode).toBe(404);
  });
});

describe('answering homework', () => {
  it('done, with how helpful it was and the entry made, is seen by the care team', async () => {
    const hw = await assign({ ...newHomework(), dueOn: future });
    const me = await as(client);
    const practiceBody = newSkillPractice('shared');
    expect((await me.post('/api/me/skill-practices', practiceBody)).statusCode).toBe(201);
    const mine = await me.get('/api/me/homework');
    expect(mine.json().homework.map((h: { id: string }) => h.id)).toContain(hw.id);
    expect(mine.json().today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const answer = {
      outcome: 'done',
      helpfulness: 4,
      note: 'Calmer after.',
      entry: { kind: 'skill-practice', id: practiceBody.id },
    };
    const answered = await me.put(`/api/me/homework/${hw.id}/answer`, answer);
    expect(answered.statusCode).toBe(200);
    expect(answered.json().homework).toMatchObject({
      status: 'done',
      helpfulness: 4,
      answerNote: 'Calmer after.',
      entry: { kind: 'skill-practice', id: practiceBody.id },
    });
    const again = await me.put(`/api/me/homework/${hw.id}/answer`, answer);
    expect(again.statusCode).toBe(200);
    expect(again.json().homework.answeredAt).toBe(answered.json().homework.answeredAt);

    for (const reader of [therapist, practice.supervisor]) {
      const list = await (await as(reader)).get(homeworkUrl());
      const item = list.json<{ homework: { id: string }[] }>().homework.find((h) => h.id === hw.id);
      expect(item).toMatchObject({ status: 'done', helpfulness: 4, answerNote: 'Calmer after.' });
    }
    // "Since last session": the answer is in the care team's timeline, with its rating.
    const timeline = await (await as(therapist)).get(`/api/clients/${client.id}/timeline`);
    const inTimeline = timeline
      .json<{ items: { type: string; homework?: { id: string; helpfulness: number } }[] }>()
      .items.find((i) => i.type === 'homework' && i.homework?.id === hw.id);
    expect(inTimeline?.homework?.helpfulness).toBe(4);
  });

  it('hides a linked entry the client kept private from the care team', async () => {
    const hw = await assign({ ...newHomework(), dueOn: future });
    const me = await as(client);
    const privatePractice = newSkillPractice('private');
    await me.post('/api/me/skill-practices', privatePractice);
    const answered = await me.put(`/api/me/homework/${hw.id}/answer`, {
      outcome: 'done',
      helpfulness: 3,
      note: null,
      entry: { kind: 'skill-practice', id: privatePractice.id },
    });
    expect(answered.json().homework.entry).toMatchObject({ id: privatePractice.id });
    const list = await (await as(therapist)).get(homeworkUrl());
    const item = list
      .json<{ homework: { id: string; entry: unknown }[] }>()
      .homework.find((h) => h.id === hw.id);
    expect(item?.entry).toBeNull();
  });

  it('not done this time, with a reason; bad answers change nothing', async () => {
    const hw = await assign({ ...newHomework(), dueOn: future });
    const me = await as(client);
    const url = `/api/me/homework/${hw.id}/answer`;
    const otherClient = await as(practice.clients[1]!);
    const theirs = newSkillPractice('shared');
    await otherClient.post('/api/me/skill-practices', theirs);
    const bad: [Record<string, unknown>, string][] = [
      [{ outcome: 'done', helpfulness: 6, note: null, entry: null }, 'helpfulness'],
      [{ outcome: 'done', helpfulness: 0, note: null, entry: null }, 'helpfulness'],
      [{ outcome: 'maybe', note: null }, 'outcome'],
      [
        { outcome: 'done', helpfulness: 3, note: null, entry: { kind: 'journal', id: theirs.id } },
        'entry.id',
      ],
      [
        {
          outcome: 'done',
          helpfulness: 3,
          note: null,
          entry: { kind: 'skill-practice', id: theirs.id },
        },
        'entry.id',
      ],
    ];
    for (const [body, path] of bad) {
      const response = await me.put(url, body);
      expect(response.statusCode, path).toBe(400);
      expect(response.json(), path).toMatchObject({ code: 'VALIDATION_FAILED', path });
    }
    const still = await (await as(therapist)).get(homeworkUrl());
    expect(
      still
        .json<{ homework: { id: string; status: string }[] }>()
        .homework.find((h) => h.id === hw.id)?.status,
    ).toBe('waiting');

    const notDone = await me.put(url, { outcome: 'not-done', note: 'A hard week.' });
    expect(notDone.statusCode).toBe(200);
    expect(notDone.json().homework).toMatchObject({
      status: 'not-done',
      helpfulness: null,
      answerNote: 'A hard week.',
    });
    // Another client cannot reach it.
    expect((await otherClient.put(url, { outcome: 'not-done', note: null })).statusCode).toBe(404);
  });
});

describe('changing homework', () => {
  it('the therapist moves the due date, rewrites the note, or cancels it', async () => {
    const hw = await assign({ ...newHomework(), dueOn: future });
    const agent = await as(therapist);
    const url = `${homeworkUrl()}/${hw.id}`;
    const moved = await agent.request('PATCH', url, { dueOn: '2999-07-01', note: 'Just once.' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().homework).toMatchObject({ dueOn: '2999-07-01', note: 'Just once.' });
    const past = await agent.request('PATCH', url, { dueOn: '2020-01-01' });
    expect(past.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'dueOn' });

    const cancelled = await agent.request('PATCH', url, { cancel: true });
    expect(cancelled.json().homework.status).toBe('cancelled');
    const me = await as(client);
    const mine = await me.get('/api/me/homework');
    expect(mine.json().homework.map((h: { id: string }) => h.id)).not.toContain(hw.id);
    const answer = await me.put(`/api/me/homework/${hw.id}/answer`, {
      outcome: 'not-done',
      note: null,
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().code).toBe('HOMEWORK_NOT_OPEN');
    const change = await agent.request('PATCH', url, { note: 'Again' });
    expect(change.json().code).toBe('HOMEWORK_NOT_OPEN');
    // What the client answered is not changed by the therapist either.
    const answeredHw = await assign({ ...newHomework(), dueOn: future });
    await me.put(`/api/me/homework/${answeredHw.id}/answer`, { outcome: 'not-done', note: null });
    const late = await agent.request('PATCH', `${homeworkUrl()}/${answeredHw.id}`, {
      cancel: true,
    });
    expect(late.json().code).toBe('HOMEWORK_NOT_OPEN');
    // The supervisor reads but does not change.
    const supervisor = await as(practice.supervisor);
    expect((await supervisor.request('PATCH', url, { note: 'x' })).statusCode).toBe(403);
  });

  it('is overdue once its due date has passed and it is still waiting', async () => {
    const hw = await assign({ ...newHomework(), dueOn: future });
    await ctx
      .superuser()
      .updateTable('homework')
      .set({ due_on: '2020-01-01' })
      .where('id', '=', hw.id)
      .execute();
    const mine = await (await as(client)).get('/api/me/homework');
    const item = mine
      .json<{ homework: { id: string; overdue: boolean }[] }>()
      .homework.find((h) => h.id === hw.id);
    expect(item?.overdue).toBe(true);
  });
});

describe('"since last session"', () => {
  it('counts homework done and not done, with the mean of how helpful the done ones were', async () => {
    const own = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const [ownTherapist, ownClient] = [own.therapists[0]!, own.clients[0]!];
    const url = `/api/clients/${ownClient.id}/homework`;
    const answers = [
      { outcome: 'done', helpfulness: 5, note: null, entry: null },
      { outcome: 'done', helpfulness: 2, note: null, entry: null },
      { outcome: 'not-done', note: 'No time.' },
    ];
    for (const answer of answers) {
      const made = await (await as(ownTherapist)).post(url, { ...newHomework(), dueOn: future });
      const id = made.json<{ homework: { id: string } }>().homework.id;
      const done = await (await as(ownClient)).put(`/api/me/homework/${id}/answer`, answer);
      expect(done.statusCode).toBe(200);
    }
    // Homework set but not answered is not counted as either.
    await (await as(ownTherapist)).post(url, { ...newHomework(), dueOn: future });
    const timeline = await (await as(ownTherapist)).get(`/api/clients/${ownClient.id}/timeline`);
    expect(timeline.json().summary.homework).toEqual({
      done: 2,
      notDone: 1,
      helpfulnessAverage: 3.5,
    });
  });
});
