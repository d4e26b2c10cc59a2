import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import { createTestPractice, TEST_PASSWORD, type TestPractice } from '../../testing/builders.ts';

/**
 * Without SMTP, invitations wait in the admin's outbox and the admin passes
 * the link on. The outbox says what became of each link, hides a link once it
 * is used, replaced or expired, and never holds a password-reset link: that
 * would let whoever reads it become the person, in every practice they
 * belong to.
 */
let ctx: TestContext;
let a: TestPractice;
let b: TestPractice;
beforeAll(async () => {
  ctx = await createTestApp({ smtpUrl: null });
  a = await createTestPractice(ctx.deps, { therapists: 1, clients: 1, name: 'Alder' });
  b = await createTestPractice(ctx.deps, { therapists: 1, clients: 0, name: 'Birch' });
});
afterAll(async () => ctx.close());

interface Message {
  id: string;
  to: string;
  kind: string;
  status: string;
  link: string;
  body: string;
}

async function outboxOf(practice: TestPractice): Promise<Message[]> {
  const admin = await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);
  return (await admin.get('/api/admin/outbox')).json<{ messages: Message[] }>().messages;
}
const tokenIn = (body: string) => /#token=([\w-]+)/.exec(body)?.[1] ?? '';

describe('password resets without SMTP', () => {
  it('never put a reset link where any admin can read it, in any practice of the person', async () => {
    // Someone who is a client at Alder and a therapist at Birch.
    const person = a.clients[0]!;
    const birchAdmin = await new TestAgent(ctx.app).actAs(ctx.deps, b.admin);
    await birchAdmin.post('/api/admin/users', {
      id: randomUUID(),
      email: person.email,
      displayName: 'Also at Birch',
      role: 'therapist',
    });
    const anon = new TestAgent(ctx.app);
    await anon.fetchCsrf();
    expect(
      (await anon.post('/api/auth/password-reset/request', { email: person.email })).statusCode,
    ).toBe(202);
    await ctx.deps.background.drain();
    for (const practice of [a, b]) {
      const messages = await outboxOf(practice);
      expect(messages.filter((m) => m.kind === 'password_reset')).toEqual([]);
    }
    const stored = await ctx.deps.db
      .selectFrom('outbox')
      .select('body')
      .where('to_address', '=', person.email)
      .execute();
    expect(stored.every((m) => !m.body.includes('reset-password#token='))).toBe(true);
    const tokens = await ctx.deps.db
      .selectFrom('one_time_tokens')
      .select('id')
      .where('purpose', '=', 'password_reset')
      .execute();
    expect(tokens).toEqual([]);
    // The request is recorded, without an actor: nobody was signed in.
    const event = await ctx.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('practice_id', '=', a.practiceId)
      .where('action', '=', 'auth.password.reset-requested')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: null, source_address: '127.0.0.1' });
  });
});

describe('the state of each link', () => {
  it('shows a kept invitation’s link until it is used, then says so and hides it', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, a.therapists[0]!);
    const email = `used-${randomUUID()}@example.test`;
    await therapist.post('/api/clients/invite', { id: randomUUID(), email, displayName: 'Used' });
    const waiting = (await outboxOf(a)).find((m) => m.to === email)!;
    expect(waiting).toMatchObject({ kind: 'invitation', status: 'kept', link: 'active' });
    const token = tokenIn(waiting.body);
    expect(token).not.toBe('');
    const invitee = new TestAgent(ctx.app);
    await invitee.fetchCsrf();
    const consent = (await invitee.post('/api/invitations/inspect', { token })).json<{
      consent: { version: number };
    }>().consent.version;
    await invitee.post('/api/invitations/accept', {
      token,
      account: 'new',
      password: 'my own long password',
      acceptConsentVersion: consent,
    });
    const used = (await outboxOf(a)).find((m) => m.to === email)!;
    expect(used.link).toBe('used');
    expect(used.body).not.toContain('#token=');
  });

  it('says a link was replaced by a newer one, or expired', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, a.therapists[0]!);
    const email = `replaced-${randomUUID()}@example.test`;
    const id = randomUUID();
    await therapist.post('/api/clients/invite', { id, email, displayName: 'Replaced' });
    await therapist.post(`/api/clients/${id}/resend-invitation`);
    const [newer, older] = (await outboxOf(a)).filter((m) => m.to === email);
    expect(older).toMatchObject({ link: 'replaced' });
    expect(older!.body).not.toContain('#token=');
    expect(newer).toMatchObject({ link: 'active' });
    ctx.advanceClock(7 * 24 * 3_600_000 + 1_000);
    try {
      const expired = (await outboxOf(a)).find((m) => m.id === newer!.id)!;
      expect(expired.link).toBe('expired');
      expect(expired.body).not.toContain('#token=');
    } finally {
      ctx.advanceClock(-(7 * 24 * 3_600_000 + 1_000));
    }
  });

  it('dismisses an entry from the list, once, and only the practice’s own', async () => {
    const [message] = await outboxOf(a);
    const other = await new TestAgent(ctx.app).actAs(ctx.deps, b.admin);
    expect((await other.post(`/api/admin/outbox/${message!.id}/dismiss`)).statusCode).toBe(404);
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, a.admin);
    expect((await admin.post(`/api/admin/outbox/${message!.id}/dismiss`)).statusCode).toBe(204);
    expect((await outboxOf(a)).some((m) => m.id === message!.id)).toBe(false);
    expect((await admin.post(`/api/admin/outbox/${message!.id}/dismiss`)).statusCode).toBe(404);
    expect((await admin.post('/api/admin/outbox/not-an-id/dismiss')).statusCode).toBe(404);
  });
});

describe('the operator’s reset', () => {
  it('is the way to reset without SMTP: the link works, and every session ended', async () => {
    const { issueOperatorReset } = await import('../auth/operator-reset.service.ts');
    const person = a.therapists[0]!;
    const session = new TestAgent(ctx.app);
    expect((await session.signIn(person.email, TEST_PASSWORD)).statusCode).toBe(200);
    const reset = await issueOperatorReset(ctx.deps, { email: person.email, operator: 'root' });
    expect((await session.get('/api/clients')).statusCode).toBe(401);
    expect(reset.practices).toEqual(['Alder']);
    const holder = new TestAgent(ctx.app);
    await holder.fetchCsrf();
    const done = await holder.post('/api/auth/password-reset/complete', {
      token: tokenIn(reset.link),
      newPassword: 'a fresh and long password',
    });
    expect(done.statusCode).toBe(204);
    const event = await ctx.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('practice_id', '=', a.practiceId)
      .where('action', '=', 'auth.password.reset-issued')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: null, actor_role: 'operator' });
    expect(event.detail).toMatchObject({ operator: 'root', sessionsEnded: true });
    // Nothing of it in any outbox.
    expect((await outboxOf(a)).some((m) => m.kind === 'password_reset')).toBe(false);
  });
});
