import { describe, expect, it } from 'vitest';
import { crisisLineActions, emergencyAction } from './crisis-actions.ts';

describe('crisisLineActions', () => {
  it('makes a call and a text button, with the instruction when it says more', () => {
    expect(
      crisisLineActions({
        name: 'Veterans Crisis Line',
        description: '',
        phone: '988, then press 1',
        text: '838255',
      }).actions,
    ).toEqual([
      { kind: 'call', number: '988', href: 'tel:988', detail: '988, then press 1' },
      { kind: 'text', number: '838255', href: 'sms:838255', detail: null },
    ]);
  });

  it('puts the keyword of a text line in the message', () => {
    expect(
      crisisLineActions({ name: 'Shout', description: '', text: 'Text SHOUT to 85258' }).actions,
    ).toEqual([
      {
        kind: 'text',
        number: '85258',
        href: 'sms:85258?body=SHOUT',
        detail: 'Text SHOUT to 85258',
      },
    ]);
  });

  it('gives no text button for a WhatsApp number, and nothing without a number', () => {
    expect(
      crisisLineActions({
        name: 'Line',
        description: '',
        phone: 'Use the website',
        text: 'WhatsApp 324 011 7252 (18:00–21:00)',
      }).actions,
    ).toEqual([]);
  });
});

describe('emergencyAction', () => {
  it('calls the emergency number, when there is one', () => {
    expect(emergencyAction('112')).toEqual({
      kind: 'call',
      number: '112',
      href: 'tel:112',
      detail: null,
    });
    expect(emergencyAction(undefined)).toBeNull();
  });
});
