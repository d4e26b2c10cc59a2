import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { newThoughtRecord, thoughtRecordAnswers } from '../access/role-matrix.worksheets.ts';

let ctx: TestContext;
let practice: TestPractice;
let client: TestUser;
beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 2 });
  client = practice.clients[0]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function countEntries(): Promise<number> {
  const row = await ctx
    .superuser()
    .selectFrom('worksheet_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practice.practiceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the thought record', () => {
  it('is served as a FHIR Questionnaire to clients and staff', async () => {
    for (const user of [client, practice.therapists[0]!, practice.admin]) {
      const answer = await (await as(user)).get('/api/worksheets/thought-record');
      expect(answer.statusCode).toBe(200);
      expect(answer.json().questionnaire).toMatchObject({
        resourceType: 'Questionnaire',
        id: 'thought-record',
        version: '1',
      });
    }
    const unknown = await (await as(client)).get('/api/worksheets/no-such-sheet');
    expect(unknown.statusCode).toBe(404);
  });

  it('is stored with the change in each emotion, private by default choice of the client', async () => {
    const agent = await as(client);
    const body = newThoughtRecord();
    const made = await agent.post('/api/me/worksheets', body);
    expect(made.statusCode).toBe(201);
    const entry = made.json().entry;
    expect(entry).toMatchObject({
      id: body.id,
      worksheet: 'thought-record',
      title: 'Thought record',
      visibility: 'private',
      ratingChanges: [
        { label: 'Anxious', before: 80, after: 40, change: -40 },
        { label: 'Sad', before: 60, after: 45, change: -15 },
      ],
    });
    expect(entry.answers).toMatchObject({ thought: 'They are fed up with me.', traps: [3, 8] });
    const one = await agent.get(`/api/me/worksheets/${body.id}`);
    expect(one.json().entry).toEqual(entry);
    const list = await agent.get('/api/me/worksheets');
    expect(list.json().entries.map((e: { id: string }) => e.id)).toContain(body.id);
  });

  it('sent twice (an offline replay) is one entry; the same id with other answers is refused', async () => {
    const agent = await as(client);
    const body = newThoughtRecord();
    const before = await countEntries();
    expect((await agent.post('/api/me/worksheets', body)).statusCode).toBe(201);
    const replay = await agent.post('/api/me/worksheets', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().entry.id).toBe(body.id);
    expect(await countEntries()).toBe(before + 1);
    const reused = await agent.post('/api/me/worksheets', {
      ...body,
      answers: { ...body.answers, 'emotion-1-after': 10 },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    // Another client cannot take the id either.
    const other = await (await as(practice.clients[1]!)).post('/api/me/worksheets', body);
    expect(other.statusCode).toBe(409);
    expect(await countEntries()).toBe(before + 1);
  });

  it('drops an answer to a question that does not apply', async () => {
    const answers = { ...thoughtRecordAnswers(), 'emotion-3-before': 50 };
    const made = await (
      await as(client)
    ).post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().entry.answers['emotion-3-before']).toBeUndefined();
    expect(made.json().entry.ratingChanges).toHaveLength(2);
  });

  const without = (linkId: string) => {
    const answers: Record<string, unknown> = thoughtRecordAnswers();
    delete answers[linkId];
    return answers;
  };

  it.each([
    ['answers.emotion-1-before', { ...thoughtRecordAnswers(), 'emotion-1-before': 101 }],
    ['answers.emotion-1-before', { ...thoughtRecordAnswers(), 'emotion-1-before': -1 }],
    ['answers.emotion-1-after', { ...thoughtRecordAnswers(), 'emotion-1-after': 12.5 }],
    ['answers.emotion-1-after', { ...thoughtRecordAnswers(), 'emotion-1-after': '40' }],
    ['answers.thought', without('thought')],
    ['answers.emotion-2-after', without('emotion-2-after')],
    ['answers.emotion-1', { ...thoughtRecordAnswers(), 'emotion-1': 'two\nlines' }],
    ['answers.situation', { ...thoughtRecordAnswers(), situation: 'x'.repeat(1001) }],
    ['answers.traps', { ...thoughtRecordAnswers(), traps: [11] }],
    ['answers.traps', { ...thoughtRecordAnswers(), traps: [2, 2] }],
    ['answers.traps', { ...thoughtRecordAnswers(), traps: 'catastrophising' }],
    ['answers.no-such-question', { ...thoughtRecordAnswers(), 'no-such-question': 'hi' }],
    ['answers.situation-help', { ...thoughtRecordAnswers(), 'situation-help': 'hi' }],
    ['answers.step-situation', { ...thoughtRecordAnswers(), 'step-situation': 'hi' }],
    ['answers.thought', { ...thoughtRecordAnswers(), thought: true }],
  ])('bad answers name the field (%s) and store nothing', async (path, answers) => {
    const before = await countEntries();
    const answer = await (
      await as(client)
    ).post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await countEntries()).toBe(before);
  });

  it('refuses an unknown worksheet and a malformed body, storing nothing', async () => {
    const agent = await as(client);
    const before = await countEntries();
    const unknown = await agent.post('/api/me/worksheets', {
      ...newThoughtRecord(),
      worksheet: 'no-such-sheet',
    });
    expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'worksheet' });
    const noAnswers = await agent.post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers: [],
    });
    expect(noAnswers.statusCode).toBe(400);
    const nested = await agent.post('/api/me/worksheets', {
      ...newThoughtRecord(),
      answers: { ...thoughtRecordAnswers(), situation: { text: 'x' } },
    });
    expect(nested.statusCode).toBe(400);
    expect(await countEntries()).toBe(before);
  });

  it('a malformed or unknown id answers 404', async () => {
    const agent = await as(client);
    for (const id of ['not-a-uuid', randomUUID()]) {
      expect((await agent.get(`/api/me/worksheets/${id}`)).statusCode).toBe(404);
      const put = await agent.put(`/api/me/worksheets/${id}/visibility`, { visibility: 'shared' });
      expect(put.statusCode).toBe(404);
    }
  });
});

/** One complete set of answers for each worksheet beyond the thought record. */
const completeAnswers: Record<string, Record<string, unknown>> = {
  'abc-worksheet': {
    event: 'My manager raised her voice in a meeting.',
    belief: 'I am about to be thrown out; I am never safe at work.',
    'feeling-1': 'Scared',
    'feeling-1-intensity': 85,
    'feeling-2': 'Ashamed',
    'feeling-2-intensity': 50,
    'what-i-did': 'I went quiet and left early.',
  },
  'stuck-points-log': {
    'stuck-point': 'I should have seen it coming.',
    'stuck-point-belief': 90,
    'question-facts': 'There were no warning signs I could have known about.',
    'question-then-now': 'Yes, I know much more now than I did then.',
    'question-friend': 'That it was not their fault.',
    'alternative-thought': 'I could not have known then what I know now.',
    'alternative-belief': 40,
    'stuck-point-belief-after': 65,
  },
  'window-of-tolerance': {
    zone: 1,
    noticed: 'Tight chest, racing thoughts.',
    'what-helped': 'Cold water on my face and a slow walk.',
  },
  'problem-solving': {
    problem: 'I keep missing the bus to work.',
    goal: 'Arrive on time four days out of five.',
    ideas: 'Earlier alarm; cycle; ask for later hours; prepare the night before.',
    'option-1': 'Set the alarm 20 minutes earlier',
    'option-1-pros': 'Simple, free.',
    'option-1-pros-weight': 7,
    'option-1-cons': 'Less sleep.',
    'option-1-cons-weight': 4,
    'option-2': 'Cycle to work',
    'option-2-pros': 'Exercise, no timetable.',
    'option-2-pros-weight': 6,
    'option-2-cons': 'Rain, no shower at work.',
    'option-2-cons-weight': 6,
    chosen: 'The earlier alarm, and packing my bag the night before.',
    'plan-step-1': 'Move the alarm',
    'plan-step-1-when': 'Tonight',
    'plan-step-2': 'Pack my bag before bed',
    'plan-step-2-when': 'Every weekday evening',
    'review-happened': 'On time three days out of five.',
    'review-learned': 'Packing the night before helped most.',
  },
  'interaction-log': {
    'what-happened': 'My brother cancelled our plans at the last minute.',
    felt: 'Hurt and annoyed.',
    needed: 'To know I matter to him.',
    'what-i-did': 'I sent a sharp message.',
    'how-it-went': 'He apologised but we were both upset.',
    'next-time': 'Wait an hour before replying.',
  },
  boundaries: {
    situation: 'A colleague asks me to cover their shifts every week.',
    limit: 'I cover at most one shift a month.',
    why: 'I need my evenings to rest.',
    words: 'I can not cover this week. I can do one shift a month at most.',
    'if-pushed': 'Repeat it calmly and walk away.',
    'self-care': 'Call a friend and go for a walk.',
    confidence: 6,
  },
  'dear-man': {
    situation: 'Asking my landlord to fix the heating.',
    'priority-first': 1,
    'priority-second-after-1': 3,
    describe: 'The heating has been off for two weeks and I reported it twice.',
    express: 'I feel worried about the cold at night.',
    assert: 'Please send someone to repair it by Friday.',
    reinforce: 'It will stop the damp from damaging the flat.',
    mindful: 'I will come back to: by Friday.',
    confident: 'Stand straight, speak slowly.',
    negotiate: 'A heater in the meantime would be fine.',
    ready: 6,
  },
  give: {
    situation: 'Telling my sister I cannot host this year.',
    'priority-first': 2,
    'priority-second-after-2': 3,
    point: 'I cannot host the family dinner this year.',
    gentle: 'No digs about last year.',
    interested: 'Ask what matters most to her about the dinner.',
    validate: 'I know you were looking forward to it at mine.',
    easy: 'Keep my voice warm and suggest a walk after.',
  },
  fast: {
    situation: 'Saying no to extra work from my manager.',
    'priority-first': 3,
    'priority-second-after-3': 1,
    point: 'I cannot take on the new report this month.',
    fair: 'Offer to help plan who else could.',
    apologies: 'For saying no.',
    values: 'Honesty and looking after my health.',
    truthful: 'My week is full with the two deadlines I already have.',
  },
};

describe('the other worksheets', () => {
  it.each(Object.keys(completeAnswers))(
    '%s is served, stored with complete answers, and shown with its title',
    async (key) => {
      const agent = await as(client);
      const served = await agent.get(`/api/worksheets/${key}`);
      expect(served.statusCode).toBe(200);
      const questionnaire = served.json().questionnaire;
      expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id: key });
      const body = {
        id: randomUUID(),
        worksheet: key,
        answers: completeAnswers[key]!,
        visibility: 'private',
      };
      const made = await agent.post('/api/me/worksheets', body);
      expect(made.statusCode).toBe(201);
      expect(made.json().entry).toMatchObject({
        id: body.id,
        worksheet: key,
        title: questionnaire.title,
        answers: completeAnswers[key],
      });
      const replay = await agent.post('/api/me/worksheets', body);
      expect(replay.statusCode).toBe(200);
    },
  );

  it('marks the trauma-informed worksheets, and only those', async () => {
    const agent = await as(client);
    const marked: string[] = [];
    for (const key of ['thought-record', ...Object.keys(completeAnswers)]) {
      const questionnaire = (await agent.get(`/api/worksheets/${key}`)).json().questionnaire;
      const extensions = (questionnaire.extension ?? []) as {
        url: string;
        valueBoolean?: boolean;
      }[];
      if (extensions.some((e) => e.url.endsWith('/trauma-informed') && e.valueBoolean))
        marked.push(key);
    }
    expect(marked.sort()).toEqual(['abc-worksheet', 'stuck-points-log', 'window-of-tolerance']);
  });

  it('keeps the change in belief in a stuck point, and weighs only the options given', async () => {
    const agent = await as(client);
    const stuck = await agent.post('/api/me/worksheets', {
      id: randomUUID(),
      worksheet: 'stuck-points-log',
      answers: completeAnswers['stuck-points-log']!,
      visibility: 'private',
    });
    expect(stuck.json().entry.ratingChanges).toEqual([
      { label: 'I should have seen it coming.', before: 90, after: 65, change: -25 },
    ]);
    const { 'option-2-cons-weight': _dropped, ...missingWeight } =
      completeAnswers['problem-solving']!;
    const refused = await agent.post('/api/me/worksheets', {
      id: randomUUID(),
      worksheet: 'problem-solving',
      answers: missingWeight,
      visibility: 'private',
    });
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'answers.option-2-cons-weight',
    });
    const tooHeavy = await agent.post('/api/me/worksheets', {
      id: randomUUID(),
      worksheet: 'problem-solving',
      answers: { ...completeAnswers['problem-solving'], 'option-1-pros-weight': 11 },
      visibility: 'private',
    });
    expect(tooHeavy.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'answers.option-1-pros-weight',
    });
    const zone = await agent.post('/api/me/worksheets', {
      id: randomUUID(),
      worksheet: 'window-of-tolerance',
      answers: { ...completeAnswers['window-of-tolerance'], zone: 4 },
      visibility: 'private',
    });
    expect(zone.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'answers.zone' });
  });

  it('ranks what matters most in a script with no place held twice', async () => {
    const agent = await as(client);
    const script = completeAnswers['dear-man']!;
    const post = (answers: Record<string, unknown>) =>
      agent.post('/api/me/worksheets', {
        id: randomUUID(),
        worksheet: 'dear-man',
        answers,
        visibility: 'private',
      });
    const before = await countEntries();
    // The second place offers only the two the first one left.
    expect((await post({ ...script, 'priority-second-after-1': 1 })).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'answers.priority-second-after-1',
    });
    const { 'priority-second-after-1': _second, ...unranked } = script;
    expect((await post(unranked)).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'answers.priority-second-after-1',
    });
    expect(await countEntries()).toBe(before);
    // The question for another first place does not apply, so its answer is dropped.
    const made = await post({ ...script, 'priority-second-after-2': 1 });
    expect(made.statusCode).toBe(201);
    expect(made.json().entry.answers).toEqual(script);
  });
});

describe('answers added later', () => {
  const {
    'review-happened': happened,
    'review-learned': learned,
    ...firstPart
  } = completeAnswers['problem-solving']!;

  it('a problem-solving entry is saved without its review, and the review is added later, once', async () => {
    const agent = await as(client);
    const id = randomUUID();
    const made = await agent.post('/api/me/worksheets', {
      id,
      worksheet: 'problem-solving',
      answers: firstPart,
      visibility: 'shared',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().entry.answers['review-happened']).toBeUndefined();
    const before = await countEntries();
    const body = { answers: { 'review-happened': happened, 'review-learned': learned } };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const added = await agent.put(`/api/me/worksheets/${id}/later-answers`, body);
      expect(added.statusCode).toBe(200);
      expect(added.json().entry).toMatchObject({
        id,
        visibility: 'shared',
        answers: { ...firstPart, 'review-happened': happened, 'review-learned': learned },
      });
    }
    expect(await countEntries()).toBe(before);
    const audited = await ctx
      .superuser()
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', id)
      .where('action', '=', 'worksheet.later-answers')
      .execute();
    expect(audited).toHaveLength(2);
    // The care team sees the review on the shared entry.
    const timeline = await (
      await as(practice.therapists[0]!)
    ).get(`/api/clients/${client.id}/timeline`);
    const shared = timeline
      .json()
      .items.find(
        (item: { type: string; worksheet?: { id: string } }) => item.worksheet?.id === id,
      );
    expect(shared.worksheet.answers['review-learned']).toBe(learned);
  });

  it('refuses other questions, bad answers, other entries and other clients, changing nothing', async () => {
    const agent = await as(client);
    const id = randomUUID();
    await agent.post('/api/me/worksheets', {
      id,
      worksheet: 'problem-solving',
      answers: firstPart,
      visibility: 'private',
    });
    const url = `/api/me/worksheets/${id}/later-answers`;
    const other = await agent.put(url, { answers: { problem: 'Something else' } });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'answers.problem' });
    const long = await agent.put(url, { answers: { 'review-learned': 'x'.repeat(1001) } });
    expect(long.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'answers.review-learned',
    });
    const malformed = await agent.put(url, { answers: [], extra: 1 });
    expect(malformed.statusCode).toBe(400);
    const thought = newThoughtRecord();
    await agent.post('/api/me/worksheets', thought);
    const none = await agent.put(`/api/me/worksheets/${thought.id}/later-answers`, {
      answers: { 'review-learned': 'x' },
    });
    expect(none.json()).toMatchObject({ code: 'VALIDATION_FAILED', path: 'answers' });
    const stranger = await (
      await as(practice.clients[1]!)
    ).put(url, { answers: { 'review-learned': 'Not mine' } });
    expect(stranger.statusCode).toBe(404);
    for (const missing of ['not-a-uuid', randomUUID()]) {
      const answer = await agent.put(`/api/me/worksheets/${missing}/later-answers`, {
        answers: { 'review-learned': 'x' },
      });
      expect(answer.statusCode).toBe(404);
    }
    const stored = (await agent.get(`/api/me/worksheets/${id}`)).json().entry;
    expect(stored.answers).toEqual(firstPart);
  });
});
