import { describe, expect, it } from 'vitest';
import { acceptButtonText, accountOptions, checkInvitationForm } from './invitation-choice.ts';

const base = { password: '', confirmation: '', consentNeeded: false, consentAccepted: false };

describe('checkInvitationForm', () => {
  it('asks a new person for a password of at least 10 characters, typed twice', () => {
    expect(checkInvitationForm({ ...base, account: 'new', password: 'short' })).toEqual({
      password: 'Use at least 10 characters.',
      confirmation: 'Type the new password again.',
    });
    expect(
      checkInvitationForm({
        ...base,
        account: 'new',
        password: 'long enough 1',
        confirmation: 'long enough 2',
      }),
    ).toEqual({ confirmation: 'The two passwords are not the same.' });
    expect(
      checkInvitationForm({
        ...base,
        account: 'new',
        password: 'long enough 1',
        confirmation: 'long enough 1',
      }),
    ).toEqual({});
  });

  it('asks someone who already uses Tandem only for their password, of any length', () => {
    expect(checkInvitationForm({ ...base, account: 'existing' })).toEqual({
      password: 'Enter the password you use on Tandem.',
    });
    expect(checkInvitationForm({ ...base, account: 'existing', password: 'short' })).toEqual({});
  });

  it('asks a client to tick the consent box, after the password fields', () => {
    const errors = checkInvitationForm({ ...base, account: 'existing', consentNeeded: true });
    expect(Object.keys(errors)).toEqual(['password', 'consent']);
    expect(errors.consent).toMatch(/tick the box/);
    expect(
      checkInvitationForm({
        ...base,
        account: 'existing',
        password: 'x',
        consentNeeded: true,
        consentAccepted: true,
      }),
    ).toEqual({});
  });
});

describe('wording', () => {
  it('offers the two choices in the words of the page', () => {
    expect(accountOptions.map((option) => option.label)).toEqual([
      'I’m new to Tandem',
      'I already use Tandem with this address',
    ]);
  });

  it('names what the button does for each choice', () => {
    expect(acceptButtonText('new', 'Hillside').label).toBe('Set password and join');
    expect(acceptButtonText('existing', 'Hillside').label).toBe('Join Hillside');
  });
});
