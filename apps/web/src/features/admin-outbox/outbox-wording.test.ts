import { describe, expect, it } from 'vitest';
import {
  canPassOnLink,
  dismissExplanation,
  linkStateText,
  outboxStatusText,
} from './outbox-wording.ts';

describe('linkStateText', () => {
  it('names each state of a kept link plainly', () => {
    expect(linkStateText({ status: 'kept', link: 'active' })).toBe('Waiting for you to pass on');
    expect(linkStateText({ status: 'kept', link: 'used' })).toBe('Link used');
    expect(linkStateText({ status: 'kept', link: 'replaced' })).toBe('Replaced by a newer link');
    expect(linkStateText({ status: 'kept', link: 'expired' })).toBe('Expired');
  });

  it('asks nothing of the admin for a link that went out by e-mail', () => {
    expect(linkStateText({ status: 'sent', link: 'active' })).toBe('Not used yet');
    expect(linkStateText({ status: 'pending', link: 'active' })).toBe('Not used yet');
  });

  it('says nothing about a message without a link', () => {
    expect(linkStateText({ status: 'kept', link: 'none' })).toBeNull();
  });
});

describe('canPassOnLink', () => {
  it('offers only a kept link that still works', () => {
    expect(canPassOnLink({ status: 'kept', link: 'active' })).toBe(true);
    for (const link of ['used', 'replaced', 'expired', 'none'] as const)
      expect(canPassOnLink({ status: 'kept', link })).toBe(false);
    for (const status of ['pending', 'sent', 'failed'] as const)
      expect(canPassOnLink({ status, link: 'active' })).toBe(false);
  });
});

describe('dismissExplanation', () => {
  it('warns that a link still waiting cannot be copied afterwards', () => {
    expect(dismissExplanation({ status: 'kept', link: 'active' })).toMatch(/still works/);
    expect(dismissExplanation({ status: 'kept', link: 'used' })).not.toMatch(/still works/);
  });
});

describe('outboxStatusText', () => {
  it('covers a message that could not be sent', () => {
    expect(outboxStatusText('failed')).toBe('Could not be sent');
  });
});
