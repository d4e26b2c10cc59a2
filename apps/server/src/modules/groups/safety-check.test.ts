import { describe, expect, it } from 'vitest';
import {
  needsPrivateConversation,
  safetyCheckKeys,
  type SafetyCheckAnswer,
  type SafetyCheckKey,
} from './safety-check.ts';

const all = (answer: SafetyCheckAnswer) =>
  Object.fromEntries(safetyCheckKeys.map((key) => [key, answer])) as Record<
    SafetyCheckKey,
    SafetyCheckAnswer
  >;

describe('the private safety check', () => {
  it('asks for no private conversation when every answer is no', () => {
    expect(needsPrivateConversation(all('no'))).toBe(false);
  });

  it.each(safetyCheckKeys)('asks for one when "%s" alone is yes or left unsaid', (key) => {
    expect(needsPrivateConversation({ ...all('no'), [key]: 'yes' })).toBe(true);
    expect(needsPrivateConversation({ ...all('no'), [key]: 'rather-not-say' })).toBe(true);
  });
});
