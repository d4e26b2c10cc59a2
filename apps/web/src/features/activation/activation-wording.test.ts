import { describe, expect, it } from 'vitest';
import {
  addDays,
  averagesSentences,
  moodWaitSentence,
  plannedInWords,
} from './activation-wording.ts';

describe('activity schedule wording', () => {
  it('says when an activity is planned, from the client’s today', () => {
    expect(plannedInWords('2026-06-12', '10:30', '2026-06-12')).toBe('Today at 10:30');
    expect(plannedInWords('2026-06-13', null, '2026-06-12')).toBe('Tomorrow');
    expect(plannedInWords('2026-06-11', null, '2026-06-12')).toBe('Yesterday');
    expect(plannedInWords('2026-06-19', '08:00', '2026-06-12')).toMatch(
      /(19.*June|June.*19).* at 08:00$/,
    );
  });

  it('moves dates by whole days across months', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('puts expected against how it was, on average', () => {
    expect(
      averagesSentences(
        { predictedMastery: 3, actualMastery: 6.3, predictedPleasure: 2.5, actualPleasure: 5 },
        3,
      ),
    ).toEqual([
      'Over the 3 activities you did, you expected 3 out of 10 for achievement; it was 6.3.',
      'You expected 2.5 out of 10 for enjoyment; it was 5.',
    ]);
  });

  it('says how far the mood comparison is from being shown', () => {
    expect(moodWaitSentence({ daysWithActivity: 1, daysWithout: 4, minimumDaysEachSide: 5 })).toBe(
      'To compare your mood on days with and without an activity, this needs check-ins on at least 5 days when you did something you planned and 5 days when you did not. So far: 1 day with and 4 days without.',
    );
  });
});
