import { describe, expect, it } from 'vitest';
import { staffAddedNotice, staffEmailHint } from './staff-invitation-wording.ts';

const user = { displayName: 'Nova', email: 'nova@example.org' };

describe('staffAddedNotice', () => {
  it('says the invitation was sent when this server sends email', () => {
    expect(staffAddedNotice(user, 'email')).toEqual({
      text: 'Nova is added. Invitation sent to nova@example.org.',
      linkToOutbox: false,
    });
  });

  it('points to the Outbox when the link waits there', () => {
    const notice = staffAddedNotice(user, 'outbox');
    expect(notice.text).toBe(
      'Nova is added. This Tandem server does not send email, so the invitation link for nova@example.org is in the Outbox. Pass it on to them.',
    );
    expect(notice.linkToOutbox).toBe(true);
  });

  it('claims no email while the delivery is not known', () => {
    const notice = staffAddedNotice(user, null);
    expect(notice.text).not.toMatch(/sent/);
    expect(notice.linkToOutbox).toBe(true);
  });
});

describe('staffEmailHint', () => {
  it('promises an email only when one is sent', () => {
    expect(staffEmailHint('email')).toMatch(/^We email/);
    expect(staffEmailHint('outbox')).toMatch(/Outbox/);
    expect(staffEmailHint(null)).not.toMatch(/email/i);
  });
});
