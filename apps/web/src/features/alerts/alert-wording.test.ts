import { describe, expect, it } from 'vitest';
import { answerText, durationText, newAlertsBadge, recipientText } from './alert-wording.ts';
import type { AlertRecipient } from './alert-types.ts';

const recipient = (change: Partial<AlertRecipient>): AlertRecipient => ({
  staffId: 's',
  displayName: 'Sam',
  reason: 'supervisor',
  delivery: 'immediate',
  notifiedAt: null,
  ...change,
});

describe('alert wording', () => {
  it('shows the answer with its words and its number', () => {
    expect(answerText({ answerLabel: 'More than half the days', answerValue: 2 })).toBe(
      'More than half the days (2)',
    );
    expect(answerText({ answerLabel: null, answerValue: 3 })).toBe('3');
  });

  it('says who else has the alert, why, and whether they were told', () => {
    expect(recipientText(recipient({ notifiedAt: '2026-01-01T10:00:00Z' }), '1 Jan, 10:00')).toBe(
      'Sam (supervisor, told 1 Jan, 10:00)',
    );
    expect(recipientText(recipient({ reason: 'fallback', delivery: 'digest' }), null)).toBe(
      'Sam (practice fallback contact, in their next summary)',
    );
    expect(recipientText(recipient({ reason: 'care-team' }), null)).toBe(
      'Sam (care team, not told yet)',
    );
  });

  it('counts new alerts for the navigation, and says nothing at zero', () => {
    expect(newAlertsBadge(null)).toBeNull();
    expect(newAlertsBadge(0)).toBeNull();
    expect(newAlertsBadge(3)).toBe('3 new');
  });

  it('reads durations in minutes, hours or days', () => {
    expect(durationText(null)).toBe('—');
    expect(durationText(0.25)).toBe('15 minutes');
    expect(durationText(3.46)).toBe('3.5 hours');
    expect(durationText(45.6)).toBe('1.9 days');
  });
});
