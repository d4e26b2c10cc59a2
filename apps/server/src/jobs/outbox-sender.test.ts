import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { createTestPractice, type TestPractice } from '../testing/builders.ts';
import { startSmtpCatcher } from '../testing/smtp-catcher.ts';
import { LINK_WITHHELD } from '../modules/outbox/mail-templates.ts';
import { sendDueMail, smtpTransport, type MailTransport } from './outbox-sender.ts';

let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let practice: TestPractice;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ctx = await createTestApp({ smtpUrl: smtp.url });
  practice = await createTestPractice(ctx.deps, { therapists: 1, clients: 0 });
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const options = () => ({
  from: 'Tandem <no-reply@tandem.test>',
  now: ctx.deps.clock,
  log: pino({ level: 'silent' }),
});

describe('outbox sender', () => {
  it('delivers an invitation over SMTP once, with no clinical content or name in it', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    const id = randomUUID();
    await therapist.post('/api/clients/invite', {
      id,
      email: 'smtp-client@example.test',
      displayName: 'Quinn Private',
    });
    const transport = smtpTransport(smtp.url);
    try {
      expect(await sendDueMail(ctx.deps.db, transport, options())).toBe(1);
      expect(await sendDueMail(ctx.deps.db, transport, options())).toBe(0);
    } finally {
      transport.close();
    }
    const mail = smtp.mails.find((m) => m.to.includes('smtp-client@example.test'));
    expect(mail?.raw).toContain('Subject: Your invitation to Tandem');
    expect(mail?.raw).toMatch(/accept-invitation#token=/);
    expect(mail?.raw).not.toContain('Quinn');
    const row = await ctx.deps.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'smtp-client@example.test')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    // Delivered: the database keeps no live link, and the admin does not see one.
    expect(row.body).not.toMatch(/#token=/);
    expect(row.body).toContain(LINK_WITHHELD);
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);
    const outbox = await admin.get('/api/admin/outbox');
    expect(JSON.stringify(outbox.json())).not.toMatch(/#token=/);
  });

  it('keeps a message pending with a back-off when the server refuses, and sends it later', async () => {
    const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, practice.therapists[0]!);
    await therapist.post('/api/clients/invite', {
      id: randomUUID(),
      email: 'retry@example.test',
      displayName: 'Retry',
    });
    const failing: MailTransport = { send: () => Promise.reject(new Error('421 try later')) };
    expect(await sendDueMail(ctx.deps.db, failing, options())).toBe(0);
    const pending = await ctx.deps.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'retry@example.test')
      .executeTakeFirstOrThrow();
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.next_attempt_at.getTime()).toBeGreaterThan(Date.now());
    ctx.advanceClock(60_000);
    const transport = smtpTransport(smtp.url);
    try {
      expect(await sendDueMail(ctx.deps.db, transport, options())).toBe(1);
    } finally {
      transport.close();
      ctx.advanceClock(-60_000);
    }
    expect(smtp.mails.some((m) => m.to.includes('retry@example.test'))).toBe(true);
  });

  it('shows the admin no link of a message still waiting for SMTP', async () => {
    const admin = await new TestAgent(ctx.app).actAs(ctx.deps, practice.admin);
    const id = randomUUID();
    await admin.post('/api/admin/users', {
      id,
      email: 'colleague@example.test',
      displayName: 'Colleague',
      role: 'therapist',
    });
    const stored = await ctx.deps.db
      .selectFrom('outbox')
      .select(['status', 'body'])
      .where('to_address', '=', 'colleague@example.test')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('pending');
    expect(stored.body).toMatch(/#token=/);
    const messages = (await admin.get('/api/admin/outbox')).json<{
      messages: { to: string; body: string }[];
    }>().messages;
    const shown = messages.find((m) => m.to === 'colleague@example.test');
    expect(shown?.body).toContain(LINK_WITHHELD);
    expect(shown?.body).not.toMatch(/#token=/);
  });
});
