import { describe, expect, it } from 'vitest';
import { smsHref, telephoneHref } from './telephone-href.ts';

describe('telephoneHref', () => {
  it('keeps digits and a leading plus only', () => {
    expect(telephoneHref('116 123')).toBe('tel:116123');
    expect(telephoneHref('+44 (0)800 111-0111')).toBe('tel:+4408001110111');
  });
});

describe('smsHref', () => {
  it('finds the number in a text instruction', () => {
    expect(smsHref('Text SHOUT to 85258')).toBe('sms:85258');
    expect(smsHref('Text HOME to 741 741')).toBe('sms:741741');
  });

  it('answers null when there is no number', () => {
    expect(smsHref('Use the chat on the website')).toBeNull();
  });
});
