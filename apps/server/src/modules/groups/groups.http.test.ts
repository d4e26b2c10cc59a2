import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice, type TestUser } from '../../testing/builders.ts';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

let ctx: TestContext;
let practice: TestPractice;
let therapist: TestUser;
let otherTherapist: TestUser;
let riley: TestUser;
let sam: TestUser;
/** A client of the other therapist. */
let stranger: TestUser;
/** A third client of the first therapist, for a family. */
let kim: TestUser;

beforeAll(async () => {
  ctx = await createTestApp();
  // clients[0] and [2] are the first therapist's; [1] the second's.
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 5 });
  [therapist, otherTherapist] = practice.therapists as [TestUser, TestUser];
  [riley, stranger, sam] = practice.clients as [TestUser, TestUser, TestUser];
  kim = practice.clients[4]!;
});
afterAll(async () => ctx.close());

const as = (user: TestUser) => new TestAgent(ctx.app).actAs(ctx.deps, user);

async function newCouple(members: string[] = [riley.id, sam.id]): Promise<string> {
  const id = randomUUID();
  const made = await (
    await as(therapist)
  ).post('/api/client-groups', {
    id,
    kind: 'couple',
    name: 'Riley and Sam',
    memberIds: members,
  });
  expect(made.statusCode).toBe(201);
  return id;
}

describe('linking clients as a couple or a family', () => {
  it('makes a couple of two of the therapist’s clients, and a retry answers the same group', async () => {
    const body = {
      id: randomUUID(),
      kind: 'couple',
      name: 'Riley and Sam',
      memberIds: [riley.id, sam.id],
    };
    const mine = await as(therapist);
    const made = await mine.post('/api/client-groups', body);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      id: body.id,
      kind: 'couple',
      name: 'Riley and Sam',
      jointWork: 'check-first',
      members: [
        { clientId: riley.id, ownGoal: null, safetyCheck: { status: 'not-asked' } },
        { clientId: sam.id, ownGoal: null, safetyCheck: { status: 'not-asked' } },
      ],
    });
    const again = await mine.post('/api/client-groups', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(body.id);
    const reused = await mine.post('/api/client-groups', { ...body, name: 'Other' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().code).toBe('SUBMISSION_ID_REUSED');
    // The name is sealed at rest.
    const row = await ctx
      .superuser()
      .selectFrom('client_groups')
      .select('name')
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row.name.toString('utf8')).not.toContain('Riley');
  });

  it.each([
    [{ kind: 'couple', memberIds: ['R'] }, 'memberIds', 'A couple is two people'],
    [{ kind: 'couple', memberIds: ['R', 'R'] }, 'memberIds', 'once'],
    [{ kind: 'family', memberIds: ['R'] }, 'memberIds', '2 to 8'],
    [{ kind: 'crowd', memberIds: ['R', 'S'] }, 'kind', ''],
    [{ kind: 'couple', memberIds: ['R', 'S'], name: ' ' }, 'name', ''],
  ])('refuses %j, naming the field, and stores nothing', async (change, path, words) => {
    const ids = { R: riley.id, S: sam.id } as Record<string, string>;
    const body = {
      id: randomUUID(),
      name: 'A name',
      ...change,
      memberIds: change.memberIds.map((m) => ids[m]),
    };
    const answer = await (await as(therapist)).post('/api/client-groups', body);
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain(path);
    expect(JSON.stringify(answer.json())).toContain(words);
    const stored = await ctx
      .superuser()
      .selectFrom('client_groups')
      .select('id')
      .where('id', '=', body.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('answers 404 for a member who is not the therapist’s client, and for a group out of reach', async () => {
    const answer = await (
      await as(therapist)
    ).post('/api/client-groups', {
      id: randomUUID(),
      kind: 'couple',
      name: 'No',
      memberIds: [riley.id, stranger.id],
    });
    expect(answer.statusCode).toBe(404);
    const groupId = await newCouple();
    const theirs = await as(otherTherapist);
    expect((await theirs.get(`/api/client-groups/${groupId}`)).statusCode).toBe(404);
    expect((await theirs.get('/api/client-groups')).json().groups).toEqual([]);
    expect((await theirs.get('/api/client-groups/not-a-uuid')).statusCode).toBe(404);
  });
});

describe('each member’s own part', () => {
  it('keeps one member’s goal from the other, and shows both to the therapist', async () => {
    const groupId = await newCouple();
    const rileyAgent = await as(riley);
    const saved = await rileyAgent.put(`/api/me/groups/${groupId}/own-goal`, {
      id: randomUUID(),
      text: 'CANARY-riley-goal: to feel heard at home',
    });
    expect(saved.statusCode).toBe(200);
    expect(
      saved.json().groups.find((g: { id: string }) => g.id === groupId).ownGoal.text,
    ).toContain('CANARY-riley-goal');
    const samAgent = await as(sam);
    const samsView = await samAgent.get('/api/me/groups');
    expect(samsView.statusCode).toBe(200);
    const text = samsView.body;
    expect(text).not.toContain('CANARY-riley-goal');
    expect(text).not.toContain(riley.id);
    expect(samsView.json().groups.find((g: { id: string }) => g.id === groupId)).toEqual({
      id: groupId,
      kind: 'couple',
      ownGoal: null,
      safetyCheck: { asked: false, answeredAt: null },
      sharedWithMe: [],
    });
    const view = (await (await as(therapist)).get(`/api/client-groups/${groupId}`)).json();
    expect(view.members[0].ownGoal.text).toContain('CANARY-riley-goal');
    expect(view.members[1].ownGoal).toBeNull();
    // Sealed at rest, and never in the audit log.
    const rows = await ctx
      .superuser()
      .selectFrom('group_member_answers')
      .select('content')
      .execute();
    for (const row of rows) expect(row.content.toString('utf8')).not.toContain('CANARY');
    const audit = await ctx
      .superuser()
      .selectFrom('audit_events')
      .select('detail')
      .where('practice_id', '=', practice.practiceId)
      .execute();
    expect(JSON.stringify(audit)).not.toContain('CANARY');
  });

  it('shows a member’s goal to the others only while its latest version is shared', async () => {
    const groupId = await newCouple();
    const rileyAgent = await as(riley);
    const samAgent = await as(sam);
    const sharedWithSam = async () =>
      (await samAgent.get('/api/me/groups'))
        .json<{ groups: { id: string; sharedWithMe: unknown[] }[] }>()
        .groups.find((g) => g.id === groupId)?.sharedWithMe;
    await rileyAgent.put(`/api/me/groups/${groupId}/own-goal`, {
      id: randomUUID(),
      text: 'SHARED-goal',
      shareWithGroup: true,
    });
    expect(await sharedWithSam()).toEqual([
      { displayName: expect.any(String), text: 'SHARED-goal', at: expect.any(String) },
    ]);
    // A newer version kept from the others hides the earlier shared one.
    const mine = await rileyAgent.put(`/api/me/groups/${groupId}/own-goal`, {
      id: randomUUID(),
      text: 'KEPT-goal',
    });
    expect(mine.json().groups.find((g: { id: string }) => g.id === groupId).ownGoal).toMatchObject({
      text: 'KEPT-goal',
      sharedWithGroup: false,
    });
    expect(await sharedWithSam()).toEqual([]);
    const samsView = (await samAgent.get('/api/me/groups')).body;
    expect(samsView).not.toContain('SHARED-goal');
    expect(samsView).not.toContain('KEPT-goal');
  });

  it('refuses a member’s route to anyone not in the group, as not found', async () => {
    const groupId = await newCouple();
    const answer = await (
      await as(stranger)
    ).put(`/api/me/groups/${groupId}/own-goal`, {
      id: randomUUID(),
      text: 'Mine',
    });
    expect(answer.statusCode).toBe(404);
  });
});

const answers = (overrides: Record<string, string> = {}) => ({
  hurt: 'no',
  afraid: 'no',
  controlled: 'no',
  'unsafe-to-speak': 'no',
  ...overrides,
});

describe('the private safety check before joint work', () => {
  it('is answered only when asked, and a "yes" asks for a private talk first', async () => {
    const groupId = await newCouple();
    const rileyAgent = await as(riley);
    const notAsked = await rileyAgent.post(`/api/me/groups/${groupId}/safety-check`, {
      id: randomUUID(),
      answers: answers(),
      note: null,
    });
    expect(notAsked.statusCode).toBe(409);
    expect(notAsked.json().code).toBe('SAFETY_CHECK_NOT_OPEN');

    const therapistAgent = await as(therapist);
    const asked = await therapistAgent.post(`/api/client-groups/${groupId}/safety-checks`, {
      memberIds: [riley.id, sam.id],
    });
    expect(
      asked.json().members.map((m: { safetyCheck: { status: string } }) => m.safetyCheck.status),
    ).toEqual(['waiting', 'waiting']);

    const id = randomUUID();
    const body = { id, answers: answers({ afraid: 'yes' }), note: 'CANARY-private-note' };
    const answered = await rileyAgent.post(`/api/me/groups/${groupId}/safety-check`, body);
    expect(answered.statusCode).toBe(200);
    expect(answered.json().needsPrivateConversation).toBe(true);
    // A retry answers the same, and stores nothing twice.
    const retried = await rileyAgent.post(`/api/me/groups/${groupId}/safety-check`, body);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual(answered.json());
    const count = await ctx
      .superuser()
      .selectFrom('group_member_answers')
      .select('id')
      .where('group_id', '=', groupId)
      .where('kind', '=', 'safety-check')
      .execute();
    expect(count).toHaveLength(1);
    // Answered: a second, different answer is not open.
    const twice = await rileyAgent.post(`/api/me/groups/${groupId}/safety-check`, {
      ...body,
      id: randomUUID(),
    });
    expect(twice.json().code).toBe('SAFETY_CHECK_NOT_OPEN');

    // Sam sees nothing of it: not the answers, not that Riley answered.
    const samsView = await (await as(sam)).get('/api/me/groups');
    expect(samsView.body).not.toContain('CANARY');
    expect(samsView.json().groups.find((g: { id: string }) => g.id === groupId)).toMatchObject({
      safetyCheck: { asked: true, answeredAt: null },
    });

    let view = (await therapistAgent.get(`/api/client-groups/${groupId}`)).json();
    expect(view.jointWork).toBe('talk-privately-first');
    expect(view.members[0].safetyCheck).toMatchObject({
      status: 'answered',
      needsPrivateConversation: true,
      note: 'CANARY-private-note',
    });
    expect(view.members[0].safetyCheck.answers).toContainEqual({ key: 'afraid', answer: 'yes' });

    view = (
      await therapistAgent.post(`/api/client-groups/${groupId}/private-conversations`, {
        clientId: riley.id,
      })
    ).json();
    expect(view.members[0].safetyCheck.needsPrivateConversation).toBe(false);
    expect(view.jointWork).toBe('check-first');

    const samAnswered = await (
      await as(sam)
    ).post(`/api/me/groups/${groupId}/safety-check`, {
      id: randomUUID(),
      answers: answers(),
      note: null,
    });
    expect(samAnswered.json().needsPrivateConversation).toBe(false);
    view = (await therapistAgent.get(`/api/client-groups/${groupId}`)).json();
    expect(view.jointWork).toBe('ready');
    expect((await therapistAgent.get('/api/client-groups')).json().groups).toContainEqual(
      expect.objectContaining({ id: groupId, jointWork: 'ready' }),
    );
  });

  it('treats "I would rather not say" as a reason to talk alone', async () => {
    const groupId = await newCouple();
    await (
      await as(therapist)
    ).post(`/api/client-groups/${groupId}/safety-checks`, {
      memberIds: [sam.id],
    });
    const answered = await (
      await as(sam)
    ).post(`/api/me/groups/${groupId}/safety-check`, {
      id: randomUUID(),
      answers: answers({ 'unsafe-to-speak': 'rather-not-say' }),
      note: null,
    });
    expect(answered.json().needsPrivateConversation).toBe(true);
  });

  it('refuses an answer missing a question, naming it', async () => {
    const groupId = await newCouple();
    await (
      await as(therapist)
    ).post(`/api/client-groups/${groupId}/safety-checks`, {
      memberIds: [riley.id],
    });
    const { hurt: _hurt, ...partial } = answers();
    const answer = await (
      await as(riley)
    ).post(`/api/me/groups/${groupId}/safety-check`, {
      id: randomUUID(),
      answers: partial,
      note: null,
    });
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain('hurt');
  });
});

describe('homework for every member', () => {
  it('gives each member their own, once, and shows how each went', async () => {
    const groupId = await newCouple();
    const therapistAgent = await as(therapist);
    const today = new Date().toISOString().slice(0, 10);
    const body = {
      id: randomUUID(),
      tool: { kind: 'worksheet', key: 'interaction-log' },
      dueOn: today,
      note: 'Each on your own.',
    };
    const first = await therapistAgent.post(`/api/client-groups/${groupId}/homework`, body);
    expect(first.statusCode).toBe(200);
    await therapistAgent.post(`/api/client-groups/${groupId}/homework`, body);
    const view = first.json();
    expect(view.homework).toHaveLength(1);
    expect(view.homework[0]).toMatchObject({
      tool: { kind: 'worksheet', key: 'interaction-log' },
      note: 'Each on your own.',
      members: [
        { clientId: riley.id, status: 'waiting', entry: null },
        { clientId: sam.id, status: 'waiting', entry: null },
      ],
    });
    for (const member of [riley, sam]) {
      const mine = (await (await as(member)).get('/api/me/homework')).json<{
        homework: { id: string }[];
      }>();
      const memberIds = (view.homework[0].members as { homeworkId: string }[]).map(
        (m) => m.homeworkId,
      );
      const fromGroup = mine.homework.filter((h) => memberIds.includes(h.id));
      // Their own one only, once after the retry.
      expect(fromGroup).toHaveLength(1);
    }
  });
});

describe('ending a group', () => {
  it('takes it out of every list and closes the members’ part; the care team can still read it', async () => {
    const groupId = await newCouple();
    const therapistAgent = await as(therapist);
    const ended = await therapistAgent.request('PATCH', `/api/client-groups/${groupId}`, {
      end: true,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().endedAt).not.toBeNull();
    expect(
      (await therapistAgent.get('/api/client-groups'))
        .json()
        .groups.map((g: { id: string }) => g.id),
    ).not.toContain(groupId);
    expect((await therapistAgent.get(`/api/client-groups/${groupId}`)).statusCode).toBe(200);
    expect(
      (await therapistAgent.request('PATCH', `/api/client-groups/${groupId}`, { name: 'Again' }))
        .statusCode,
    ).toBe(404);
    const rileyAgent = await as(riley);
    expect(
      (await rileyAgent.get('/api/me/groups')).json().groups.map((g: { id: string }) => g.id),
    ).not.toContain(groupId);
    expect(
      (await rileyAgent.put(`/api/me/groups/${groupId}/own-goal`, { id: randomUUID(), text: 'x' }))
        .statusCode,
    ).toBe(404);
  });

  it('removes a member from a family, keeping what they wrote theirs, and keeps the size rule', async () => {
    const id = randomUUID();
    const therapistAgent = await as(therapist);
    const made = await therapistAgent.post('/api/client-groups', {
      id,
      kind: 'family',
      name: 'Family',
      memberIds: [riley.id, sam.id, kim.id],
    });
    expect(made.json().members.map((m: { clientId: string }) => m.clientId)).toEqual([
      riley.id,
      sam.id,
      kim.id,
    ]);
    const samAgent = await as(sam);
    await samAgent.put(`/api/me/groups/${id}/own-goal`, { id: randomUUID(), text: 'Sam’s goal' });
    const smaller = await therapistAgent.request('PATCH', `/api/client-groups/${id}`, {
      memberIds: [riley.id, kim.id],
    });
    expect(smaller.statusCode).toBe(200);
    expect(smaller.json().members.map((m: { clientId: string }) => m.clientId)).toEqual([
      riley.id,
      kim.id,
    ]);
    expect(smaller.body).not.toContain('Sam’s goal');
    const samsGroups = (await samAgent.get('/api/me/groups')).json().groups;
    expect(samsGroups.map((g: { id: string }) => g.id)).not.toContain(id);
    const tooSmall = await therapistAgent.request('PATCH', `/api/client-groups/${id}`, {
      memberIds: [riley.id],
    });
    expect(tooSmall.statusCode).toBe(400);
    expect(JSON.stringify(tooSmall.json())).toContain('memberIds');
    // Back again: their own goal is still theirs and shows again.
    const back = await therapistAgent.request('PATCH', `/api/client-groups/${id}`, {
      memberIds: [riley.id, kim.id, sam.id],
    });
    expect(back.json().members[2]).toMatchObject({
      clientId: sam.id,
      ownGoal: { text: 'Sam’s goal' },
      safetyCheck: { status: 'not-asked' },
    });
  });
});
