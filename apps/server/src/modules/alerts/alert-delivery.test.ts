import { describe, expect, it } from 'vitest';
import { planRecipients } from './alert-delivery.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const F = '00000000-0000-4000-8000-00000000000f';

describe('who is told about a critical-item alert', () => {
  it('tells each care-team member as they chose while someone gets it at once', () => {
    expect(
      planRecipients(
        [
          { staffId: A, preferred: 'immediate' },
          { staffId: B, preferred: 'digest' },
        ],
        F,
      ),
    ).toEqual([
      { staffId: A, reason: 'care-team', delivery: 'immediate' },
      { staffId: B, reason: 'care-team', delivery: 'digest' },
    ]);
  });

  it('sends it at once to the whole care team when everyone chose the digest', () => {
    expect(
      planRecipients(
        [
          { staffId: A, preferred: 'digest' },
          { staffId: B, preferred: 'digest' },
        ],
        F,
      ),
    ).toEqual([
      { staffId: A, reason: 'care-team', delivery: 'immediate' },
      { staffId: B, reason: 'care-team', delivery: 'immediate' },
    ]);
  });

  it('tells the fallback contact at once when the client has nobody on the care team', () => {
    expect(planRecipients([], F)).toEqual([
      { staffId: F, reason: 'fallback', delivery: 'immediate' },
    ]);
  });

  it('tells nobody when there is neither a care team nor a fallback contact', () => {
    expect(planRecipients([], null)).toEqual([]);
  });
});
