import { describe, expect, it } from 'vitest';
import { jointWorkOf, needsPrivateTalk, safetyStatus, type SafetyFacts } from './joint-work.ts';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const notAsked: SafetyFacts = { requestedAt: null, latest: null, privateConversationAt: null };
const waiting: SafetyFacts = { requestedAt: day(1), latest: null, privateConversationAt: null };
const clear: SafetyFacts = {
  requestedAt: day(1),
  latest: { at: day(2), needsPrivateConversation: false },
  privateConversationAt: null,
};
const concern: SafetyFacts = {
  requestedAt: day(1),
  latest: { at: day(2), needsPrivateConversation: true },
  privateConversationAt: null,
};

describe('joint work', () => {
  it('is ready only when every member answered without a concern left open', () => {
    expect(jointWorkOf([clear, clear])).toBe('ready');
    expect(jointWorkOf([clear, { ...concern, privateConversationAt: day(3) }])).toBe('ready');
  });

  it('asks for the check first while a member was not asked or has not answered', () => {
    expect(jointWorkOf([clear, notAsked])).toBe('check-first');
    expect(jointWorkOf([clear, waiting])).toBe('check-first');
  });

  it('asks for a private talk first, before anything else', () => {
    expect(jointWorkOf([notAsked, concern])).toBe('talk-privately-first');
  });

  it('counts a conversation only when it came after the answer that asked for it', () => {
    expect(needsPrivateTalk({ ...concern, privateConversationAt: day(1) })).toBe(true);
    expect(needsPrivateTalk({ ...concern, privateConversationAt: day(2) })).toBe(false);
  });

  it('waits again when the check is asked again after an answer', () => {
    expect(safetyStatus({ ...clear, requestedAt: day(5) })).toBe('waiting');
    expect(safetyStatus(clear)).toBe('answered');
    expect(safetyStatus(notAsked)).toBe('not-asked');
  });
});
