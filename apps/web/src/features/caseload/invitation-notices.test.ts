import { describe, expect, it } from 'vitest';
import { invitedNotice, inviteIntro, resentNotice } from './invitation-notices.ts';

const client = { displayName: 'Kai', email: 'kai@example.org' };

describe('invitation wording', () => {
  it('says the email was sent only when this server sends email', () => {
    expect(invitedNotice(client, 'email')).toBe(
      'Invitation sent to kai@example.org. Kai is in your Active list as Invited until they join.',
    );
    expect(resentNotice(client, 'email')).toBe('The invitation was sent again to kai@example.org.');
    expect(inviteIntro('email')).toMatch(/^We email them a one-time link/);
  });

  it('says the admin passes the link on when mail waits in the outbox', () => {
    expect(invitedNotice(client, 'outbox')).toBe(
      'Invitation saved. This Tandem server does not send email, so your practice admin will pass the link on. Kai is in your Active list as Invited until they join.',
    );
    expect(resentNotice(client, 'outbox')).toMatch(/^A new invitation link is saved\. .*admin/);
    expect(inviteIntro('outbox')).toMatch(/does not send email/);
  });

  it('claims no email at all while the delivery is not known', () => {
    for (const text of [
      invitedNotice(client, null),
      resentNotice(client, null),
      inviteIntro(null),
    ]) {
      expect(text).not.toMatch(/sent|We email/);
      expect(text).not.toMatch(/does not send/);
    }
  });

  it('never names anything about care', () => {
    for (const delivery of ['email', 'outbox', null] as const) {
      expect(inviteIntro(delivery)).toMatch(/nothing about their care\.$/);
    }
  });
});
