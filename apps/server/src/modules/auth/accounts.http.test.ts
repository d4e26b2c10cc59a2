import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../../testing/builders.ts';

/**
 * One person, two practices on the same installation: an address is a sign-in
 * identity (an account), and each practice holds its own membership. What one
 * practice sees must not tell it anything about another.
 */
let ctx: TestContext;
let riverside: TestPractice;
let hillside: TestPractice;

beforeAll(async () => {
  ctx = await createTestApp();
  riverside = await createTestPractice(ctx.deps, { clients: 1, name: 'Riverside' });
  hillside = await createTestPractice(ctx.deps, { clients: 0, name: 'Hillside' });
});
afterAll(async () => ctx.close());

async function latestMail(to: string) {
  const mail = await ctx.deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return { body: mail.body, token: /#token=([\w-]+)/.exec(mail.body)?.[1] ?? '' };
}

type Practices = { id: string; name: string; role: string }[];

describe('an address with an account in another practice', () => {
  const client = () => riverside.clients[0]!;

  it('is invited like any new address: nothing the inviting practice sees differs', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, hillside.therapists[0]!);
    const newAddress = `new.${randomUUID()}@example.test`;
    const known = await therapist.post('/api/clients/invite', {
      id: randomUUID(),
      email: client().email,
      displayName: 'Known elsewhere',
    });
    const unknown = await therapist.post('/api/clients/invite', {
      id: randomUUID(),
      email: newAddress,
      displayName: 'New to Tandem',
    });
    expect(known.statusCode).toBe(201);
    expect(unknown.statusCode).toBe(201);
    const shape = (body: { client: Record<string, unknown> }) => Object.keys(body.client).sort();
    expect(shape(known.json())).toEqual(shape(unknown.json()));
    expect(known.json().client).toMatchObject({ status: 'invited', joinedAt: null });
    expect(unknown.json().client).toMatchObject({ status: 'invited', joinedAt: null });

    // The outbox (what the admin of Hillside reads without SMTP): one text for both.
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, hillside.admin);
    const outbox = (await admin.get('/api/admin/outbox')).json<{
      messages: Record<string, unknown>[];
    }>().messages;
    const knownMail = outbox.find((m) => m.to === client().email)!;
    const newMail = outbox.find((m) => m.to === newAddress)!;
    const comparable = (m: Record<string, unknown>) => ({
      ...m,
      id: '',
      to: '',
      createdAt: '',
      body: String(m.body).replace(/#token=[\w-]+/, '#token=…'),
    });
    expect(comparable(knownMail)).toEqual(comparable(newMail));

    // What the link shows: the same fields, the same values but for who it is.
    const inspect = async (email: string) => {
      const mail = await latestMail(email);
      const person = new TestAgent(ctx.app);
      await person.fetchCsrf();
      return (await person.post('/api/invitations/inspect', { token: mail.token })).json<
        Record<string, unknown>
      >();
    };
    const knownView = await inspect(client().email);
    const newView = await inspect(newAddress);
    expect(Object.keys(knownView).sort()).toEqual(Object.keys(newView).sort());
    expect(knownView).not.toHaveProperty('existingAccount');
    expect({ ...knownView, email: '', displayName: '' }).toEqual({
      ...newView,
      email: '',
      displayName: '',
    });
  });

  it('joins with the password it already has, which the link alone cannot guess', async () => {
    const mail = await latestMail(client().email);
    const person = new TestAgent(ctx.app);
    await person.fetchCsrf();
    const inspect = await person.post('/api/invitations/inspect', { token: mail.token });
    expect(inspect.json()).toMatchObject({ practiceName: 'Hillside' });
    const consentVersion = inspect.json<{ consent: { version: number } }>().consent.version;
    const accept = (account: 'new' | 'existing', password: string) =>
      person.post('/api/invitations/accept', {
        token: mail.token,
        account,
        password,
        acceptConsentVersion: consentVersion,
      });

    const wrong = await accept('existing', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', path: 'password' });
    // "I'm new" cannot set a new password over the one the account has.
    const asNew = await accept('new', 'a brand new password for me');
    expect(asNew.statusCode).toBe(401);
    expect(asNew.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', path: 'password' });
    expect(asNew.json<{ message: string }>().message).toMatch(/I already use Tandem/);

    const accepted = await accept('existing', TEST_PASSWORD);
    expect(accepted.statusCode).toBe(200);
    const { user } = accepted.json<{ user: { practiceId: string; practices: Practices } }>();
    expect(user.practiceId).toBe(hillside.practiceId);
    expect(user.practices.map((p) => p.name)).toEqual(['Hillside', 'Riverside']);
    // The link worked once.
    const again = await accept('existing', TEST_PASSWORD);
    expect(again.json()).toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses "I already use Tandem" for an address with no account exactly as a wrong password', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, hillside.therapists[0]!);
    const newcomer = `newcomer.${randomUUID()}@example.test`;
    await therapist.post('/api/clients/invite', {
      id: randomUUID(),
      email: newcomer,
      displayName: 'Newcomer',
    });
    const mail = await latestMail(newcomer);
    const person = new TestAgent(ctx.app);
    await person.fetchCsrf();
    const consent = (await person.post('/api/invitations/inspect', { token: mail.token })).json<{
      consent: { version: number };
    }>().consent.version;
    const claimed = await person.post('/api/invitations/accept', {
      token: mail.token,
      account: 'existing',
      password: 'whatever I think it was',
      acceptConsentVersion: consent,
    });
    expect(claimed.statusCode).toBe(401);
    // The same answer as a wrong password for an address that has an account.
    const other = await latestMail(client().email);
    expect(other.token).not.toBe('');
    expect(claimed.json()).toEqual({
      code: 'INVALID_CREDENTIALS',
      path: 'password',
      message: expect.stringMatching(/not the password of a Tandem account/) as string,
    });
    const joined = await person.post('/api/invitations/accept', {
      token: mail.token,
      account: 'new',
      password: 'my very own new password',
      acceptConsentVersion: consent,
    });
    expect(joined.statusCode).toBe(200);
  });

  it('signs in to the practice used last, and switches between its practices', async () => {
    const person = new TestAgent(ctx.app);
    const signedIn = await person.signIn(client().email, TEST_PASSWORD);
    expect(signedIn.json().user.practiceId).toBe(hillside.practiceId);

    const before = person.cookie('tandem_session');
    const switched = await person.post('/api/auth/switch-practice', {
      practiceId: riverside.practiceId,
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().user).toMatchObject({
      practiceId: riverside.practiceId,
      id: client().id,
    });
    person.csrfToken = switched.json<{ csrfToken: string }>().csrfToken;
    // The old session ended: a new id for the new practice.
    const stale = await new TestAgent(ctx.app)
      .withCookie('tandem_session', before ?? '')
      .get('/api/me/care-team');
    expect(stale.statusCode).toBe(401);
    expect((await person.get('/api/me/care-team')).statusCode).toBe(200);

    const next = await new TestAgent(ctx.app).signIn(client().email, TEST_PASSWORD);
    expect(next.json().user.practiceId).toBe(riverside.practiceId);

    const elsewhere = await person.post('/api/auth/switch-practice', {
      practiceId: randomUUID(),
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('has one password: a change applies in both practices and ends every session', async () => {
    const inRiverside = new TestAgent(ctx.app);
    await inRiverside.signIn(client().email, TEST_PASSWORD);
    const inHillside = new TestAgent(ctx.app);
    await inHillside.signIn(client().email, TEST_PASSWORD);
    await inHillside.post('/api/auth/switch-practice', { practiceId: hillside.practiceId });

    const changed = await inRiverside.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'one password for both practices',
    });
    expect(changed.statusCode).toBe(200);
    expect((await inHillside.get('/api/session')).json().user).toBeNull();
    const fresh = await new TestAgent(ctx.app).signIn(
      client().email,
      'one password for both practices',
    );
    expect(fresh.statusCode).toBe(200);
  });

  it('is refused only when the address is already a member of the same practice', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, riverside.therapists[0]!);
    const twice = await therapist.post('/api/clients/invite', {
      id: randomUUID(),
      email: client().email,
      displayName: 'Again',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'EMAIL_IN_USE', path: 'email' });
  });

  it('leaves the other membership alone when one practice deactivates its own', async () => {
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, hillside.admin);
    const therapistId = randomUUID();
    // Riverside's therapist also works at Hillside.
    const created = await admin.post('/api/admin/users', {
      id: therapistId,
      email: riverside.therapists[0]!.email,
      displayName: 'Shared therapist',
      role: 'therapist',
    });
    expect(created.statusCode).toBe(201);
    const mail = await latestMail(riverside.therapists[0]!.email);
    const person = new TestAgent(ctx.app);
    await person.fetchCsrf();
    expect(
      (
        await person.post('/api/invitations/accept', {
          token: mail.token,
          account: 'existing',
          password: TEST_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);

    expect((await admin.post(`/api/admin/users/${therapistId}/deactivate`)).statusCode).toBe(200);
    const signedIn = await new TestAgent(ctx.app).signIn(
      riverside.therapists[0]!.email,
      TEST_PASSWORD,
    );
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({
      practiceId: riverside.practiceId,
      practices: [{ id: riverside.practiceId, name: 'Riverside', role: 'therapist' }],
    });
  });
});
