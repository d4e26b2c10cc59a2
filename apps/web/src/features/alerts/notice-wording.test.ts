import { describe, expect, it } from 'vitest';
import { noticeDeliveryText, noticeText } from './notice-wording.ts';

describe('notice wording', () => {
  it('says what happened, with the measure', () => {
    expect(noticeText({ kind: 'not-on-track', instrumentTitle: 'PHQ-9' })).toBe(
      'Newly not on track on PHQ-9',
    );
    expect(noticeText({ kind: 'overdue', instrumentTitle: 'GAD-7' })).toBe(
      'GAD-7 not answered in time',
    );
  });

  it('says how it was delivered besides the app', () => {
    const at = '2026-03-02T10:00:00Z';
    expect(noticeDeliveryText({ delivery: 'immediate', notifiedAt: at })).toBe('E-mailed at once');
    expect(noticeDeliveryText({ delivery: 'immediate', notifiedAt: null })).toBe(
      'E-mail on its way',
    );
    expect(noticeDeliveryText({ delivery: 'digest', notifiedAt: null })).toBe(
      'In your next summary',
    );
    expect(noticeDeliveryText({ delivery: 'digest', notifiedAt: at })).toBe('Sent in a summary');
  });
});
