import { describe, expect, it } from 'vitest';
import { summarySentence } from './timeline-summary.ts';

const quiet = {
  since: '2026-11-27T10:00:00Z',
  lastSessionOn: null,
  checkIns: { count: 0, moodAverage: null, previousMoodAverage: null },
  sharedJournalEntries: 0,
  planChanges: [],
};

describe('the timeline summary', () => {
  it('says when nothing was shared', () => {
    expect(summarySentence(quiet)).toBe('Nothing shared in the last 7 days.');
  });

  it('names the check-in trend, entries and plan changes', () => {
    expect(
      summarySentence({
        ...quiet,
        checkIns: { count: 5, moodAverage: 4.2, previousMoodAverage: 5.1 },
        sharedJournalEntries: 1,
        sharedWorksheets: 2,
        sharedSkillPractices: 1,
        sharedExposurePractices: 1,
        homework: { done: 2, notDone: 1, helpfulnessAverage: 3.5 },
        planChanges: [
          { kind: 'safety-plan', version: 3, at: '2026-12-01T10:00:00Z' },
          { kind: 'safety-plan', version: 2, at: '2026-11-30T10:00:00Z' },
        ],
      }),
    ).toBe(
      'Last 7 days: 5 check-ins, mood 4.2 on average (the week before: 5.1); 1 journal entry; 2 worksheets; 1 skill practice; 1 exposure practice; homework: 2 done (helpful 3.5 of 5 on average), 1 not done; safety plan updated.',
    );
  });

  it('names homework done without a rating, and homework only not done', () => {
    expect(
      summarySentence({ ...quiet, homework: { done: 1, notDone: 0, helpfulnessAverage: null } }),
    ).toBe('Last 7 days: homework: 1 done.');
    expect(
      summarySentence({ ...quiet, homework: { done: 0, notDone: 2, helpfulnessAverage: null } }),
    ).toBe('Last 7 days: homework: 0 done, 2 not done.');
  });

  it('leaves out a comparison it does not have', () => {
    expect(
      summarySentence({
        ...quiet,
        checkIns: { count: 1, moodAverage: 6, previousMoodAverage: null },
      }),
    ).toBe('Last 7 days: 1 check-in, mood 6.0 on average.');
  });

  it('counts from the last recorded session when there is one', () => {
    const since = { ...quiet, lastSessionOn: '2026-12-01' };
    expect(summarySentence(since)).toMatch(/^Nothing shared since the session on .*2026\.$/);
    expect(
      summarySentence({
        ...since,
        checkIns: { count: 2, moodAverage: 5, previousMoodAverage: null },
      }),
    ).toMatch(/^Since the session on .*2026: 2 check-ins, mood 5\.0 on average\.$/);
  });
});
