import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../../testing/builders.ts';

let ctx: TestContext;
let practice: TestPractice;
let therapistAgent: TestAgent;

beforeAll(async () => {
  ctx = await createTestApp();
  practice = await createTestPractice(ctx.deps, { therapists: 2, clients: 0 });
  therapistAgent = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
});
afterAll(async () => ctx.close());

async function linkFor(email: string): Promise<string> {
  const mail = await ctx.deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return /#token=([\w-]+)/.exec(mail.body)?.[1] ?? '';
}

describe('inviting a client', () => {
  it('creates the client on the care team, keeps the e-mail in the outbox without SMTP, and is idempotent', async () => {
    const body = { id: randomUUID(), email: 'Robin.Invitee@Example.test', displayName: 'Robin' };
    const first = await therapistAgent.post('/api/clients/invite', body);
    expect(first.statusCode).toBe(201);
    expect(first.json().client).toMatchObject({
      id: body.id,
      email: 'robin.invitee@example.test',
      status: 'invited',
    });
    const replay = await therapistAgent.post('/api/clients/invite', body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const reused = await therapistAgent.post('/api/clients/invite', {
      ...body,
      displayName: 'Someone else',
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED' });
    const sameAddress = await therapistAgent.post('/api/clients/invite', {
      ...body,
      id: randomUUID(),
    });
    expect(sameAddress.json()).toMatchObject({ code: 'EMAIL_IN_USE', path: 'email' });
    const mails = await ctx.deps.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'robin.invitee@example.test')
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ status: 'kept', subject: 'Your invitation to Tandem' });
    // No clinical content or client name in the e-mail.
    expect(mails[0]!.body).not.toContain('Robin');
    const list = await therapistAgent.get('/api/clients');
    expect(list.json().clients.map((c: { id: string }) => c.id)).toContain(body.id);
  });

  it('answers the same id with any field changed with SUBMISSION_ID_REUSED, creating nothing', async () => {
    const body = { id: randomUUID(), email: 'idem@example.test', displayName: 'Idem' };
    expect((await therapistAgent.post('/api/clients/invite', body)).statusCode).toBe(201);
    for (const changed of [
      { ...body, email: 'idem-other@example.test' },
      { ...body, displayName: 'Idem Other' },
    ]) {
      const answer = await therapistAgent.post('/api/clients/invite', changed);
      expect(answer.statusCode, JSON.stringify(changed)).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    }
    const created = await ctx.deps.db
      .selectFrom('accounts')
      .select('email')
      .where('email', '=', 'idem-other@example.test')
      .execute();
    expect(created).toEqual([]);
  });

  it('scopes ids to the practice: another practice reusing an id learns nothing (no 409)', async () => {
    const body = { id: randomUUID(), email: 'oracle@example.test', displayName: 'Oracle' };
    expect((await therapistAgent.post('/api/clients/invite', body)).statusCode).toBe(201);
    const elsewhere = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
    const stranger = await new TestAgent(ctx.app).actAs(ctx.deps, elsewhere.therapists[0]!);
    const sameId = await stranger.post('/api/clients/invite', {
      id: body.id,
      email: 'someone-else@example.test',
      displayName: 'Someone else',
    });
    expect(sameId.statusCode).toBe(201);
    expect(sameId.json().client).toMatchObject({ id: body.id, displayName: 'Someone else' });
    // Each practice has its own client under that id; neither sees the other's.
    expect((await therapistAgent.get(`/api/clients/${body.id}`)).json().client.displayName).toBe(
      'Oracle',
    );
    expect((await stranger.get(`/api/clients/${body.id}`)).json().client.displayName).toBe(
      'Someone else',
    );
  });

  it('keys idempotency by who sends it: a colleague reusing an id is a conflict, not a replay', async () => {
    const body = { id: randomUUID(), email: 'keyed@example.test', displayName: 'Keyed' };
    expect((await therapistAgent.post('/api/clients/invite', body)).statusCode).toBe(201);
    const colleague = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[1]!);
    const same = await colleague.post('/api/clients/invite', body);
    expect(same.statusCode).toBe(409);
    expect(same.json()).toMatchObject({ code: 'SUBMISSION_ID_REUSED', path: 'id' });
    // The colleague's request was not taken for a replay of someone else's: nothing leaked.
    expect(same.json()).not.toHaveProperty('client');
  });

  it('lets the client accept: consent is required, recorded with its version, and the link works once', async () => {
    const id = randomUUID();
    await therapistAgent.post('/api/clients/invite', {
      id,
      email: 'casey@example.test',
      displayName: 'Casey',
    });
    const token = await linkFor('casey@example.test');
    const client = new TestAgent(ctx.app);
    await client.fetchCsrf();
    const inspect = await client.post('/api/invitations/inspect', { token });
    expect(inspect.statusCode).toBe(200);
    expect(inspect.json()).toMatchObject({
      email: 'casey@example.test',
      role: 'client',
      consent: { version: 1 },
    });
    expect(inspect.json().consent.text).toContain('not a crisis service');

    const noConsent = await client.post('/api/invitations/accept', {
      token,
      account: 'new',
      password: 'a long password 1',
    });
    expect(noConsent.json()).toMatchObject({
      code: 'CONSENT_REQUIRED',
      path: 'acceptConsentVersion',
    });
    const accepted = await client.post('/api/invitations/accept', {
      token,
      account: 'new',
      password: 'a long password 1',
      acceptConsentVersion: 1,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ id, role: 'client', consentRequired: false });
    client.csrfToken = accepted.json().csrfToken;
    expect((await client.get('/api/me/care-team')).json().therapists).toHaveLength(1);

    const row = await ctx.deps.db
      .selectFrom('users')
      .select(['consent_version', 'consent_accepted_at', 'status'])
      .where('practice_id', '=', practice.practiceId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ consent_version: 1, status: 'active' });
    expect(row.consent_accepted_at).toBeInstanceOf(Date);

    const reuse = await new TestAgent(ctx.app)
      .fetchCsrf()
      .then(() => client.post('/api/invitations/inspect', { token }));
    expect(reuse.json()).toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('asks a client to accept a new consent version before anything else', async () => {
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);
    const text =
      'Updated consent text for this practice. Tandem is not a crisis service. Your therapist sees what you share.';
    const updated = await admin.put('/api/admin/consent', { text });
    expect(updated.json()).toMatchObject({ version: 2 });
    const id = randomUUID();
    await therapistAgent.post('/api/clients/invite', {
      id,
      email: 'drew@example.test',
      displayName: 'Drew',
    });
    const client = new TestAgent(ctx.app);
    await client.fetchCsrf();
    const accepted = await client.post('/api/invitations/accept', {
      token: await linkFor('drew@example.test'),
      account: 'new',
      password: 'a long password 2',
      acceptConsentVersion: 2,
    });
    expect(accepted.statusCode).toBe(200);
    client.csrfToken = accepted.json().csrfToken;
    await admin.put('/api/admin/consent', { text: `${text} Version three.` });
    const blocked = await client.get('/api/me/care-team');
    expect(blocked.json()).toMatchObject({ code: 'CONSENT_PENDING' });
    expect((await client.get('/api/session')).json().user.consentRequired).toBe(true);
    expect((await client.post('/api/consent/accept', { version: 2 })).json()).toMatchObject({
      code: 'CONSENT_VERSION_STALE',
    });
    expect((await client.post('/api/consent/accept', { version: 3 })).statusCode).toBe(204);
    expect((await client.get('/api/me/care-team')).statusCode).toBe(200);
  });

  it('archives and restores a client; archived clients leave the active caseload', async () => {
    const id = randomUUID();
    await therapistAgent.post('/api/clients/invite', {
      id,
      email: 'emery@example.test',
      displayName: 'Emery',
    });
    expect((await therapistAgent.post(`/api/clients/${id}/archive`)).json().client.status).toBe(
      'archived',
    );
    const active = (await therapistAgent.get('/api/clients'))
      .json()
      .clients.map((c: { id: string }) => c.id);
    const archived = (await therapistAgent.get('/api/clients?status=archived'))
      .json()
      .clients.map((c: { id: string }) => c.id);
    expect(active).not.toContain(id);
    expect(archived).toContain(id);
    expect((await therapistAgent.post(`/api/clients/${id}/restore`)).json().client.status).toBe(
      'invited',
    );
  });

  it('archiving ends the client’s access to the practice at once; restoring gives it back', async () => {
    const people = await createTestPractice(ctx.deps, { therapists: 1, clients: 1 });
    const client = people.clients[0]!;
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, people.therapists[0]!);
    const session = new TestAgent(ctx.app);
    expect((await session.signIn(client.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await therapist.post(`/api/clients/${client.id}/archive`)).statusCode).toBe(200);
    const ended = await session.get('/api/me/care-team');
    expect(ended.statusCode).toBe(401);
    const again = await new TestAgent(ctx.app, '10.31.0.1').signIn(client.email, TEST_PASSWORD);
    expect(again.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((await therapist.post(`/api/clients/${client.id}/restore`)).statusCode).toBe(200);
    const back = await new TestAgent(ctx.app, '10.31.0.2').signIn(client.email, TEST_PASSWORD);
    expect(back.statusCode).toBe(200);
  });

  it('resends an invitation: the older link stops working', async () => {
    const id = randomUUID();
    await therapistAgent.post('/api/clients/invite', {
      id,
      email: 'finley@example.test',
      displayName: 'Finley',
    });
    const oldToken = await linkFor('finley@example.test');
    expect((await therapistAgent.post(`/api/clients/${id}/resend-invitation`)).statusCode).toBe(
      204,
    );
    const newToken = await linkFor('finley@example.test');
    expect(newToken).not.toBe(oldToken);
    const anon = new TestAgent(ctx.app);
    await anon.fetchCsrf();
    expect((await anon.post('/api/invitations/inspect', { token: oldToken })).json().code).toBe(
      'TOKEN_INVALID',
    );
    expect((await anon.post('/api/invitations/inspect', { token: newToken })).statusCode).toBe(200);
  });

  it('expires an invitation after 7 days', async () => {
    const id = randomUUID();
    await therapistAgent.post('/api/clients/invite', {
      id,
      email: 'gray@example.test',
      displayName: 'Gray',
    });
    const token = await linkFor('gray@example.test');
    ctx.advanceClock(7 * 24 * 3_600_000 + 1_000);
    try {
      const anon = new TestAgent(ctx.app);
      await anon.fetchCsrf();
      expect((await anon.post('/api/invitations/inspect', { token })).json().code).toBe(
        'TOKEN_INVALID',
      );
    } finally {
      ctx.advanceClock(-(7 * 24 * 3_600_000 + 1_000));
    }
  });
});

describe('the list of clients', () => {
  it("carries the practice's today, not the server's, as the start of a schedule for several clients", async () => {
    // Kiritimati is UTC+14 and Pago Pago UTC−11: at any instant at least one of them is on
    // another calendar day than UTC, so the answer cannot come from the server's date.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      await ctx
        .superuser()
        .updateTable('practices')
        .set({ time_zone: zone })
        .where('id', '=', practice.practiceId)
        .execute();
      const before = ctx.deps.clock();
      const listed = await therapistAgent.get('/api/clients');
      const after = ctx.deps.clock();
      expect(listed.statusCode).toBe(200);
      const dateIn = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: zone });
      expect([dateIn(before), dateIn(after)]).toContain(listed.json().today);
    }
  });
});
