import { describe, expect, it } from 'vitest';
import {
  chartLabel,
  formatScore,
  movementText,
  scoreWithBand,
  weekdayName,
} from './progress-wording.ts';

const moderate = { id: 'moderate', label: 'Moderate' };

describe('score wording', () => {
  it('shows whole scores as they are and prorated ones with one decimal', () => {
    expect(formatScore(12)).toBe('12');
    expect(formatScore(12.375)).toBe('12.4');
    expect(formatScore(null)).toBe('Not scored');
  });

  it('says the score out of the maximum, with the band', () => {
    expect(scoreWithBand(12, 27, moderate)).toBe('12 of 27, Moderate');
    expect(scoreWithBand(12, 27, null)).toBe('12 of 27');
    expect(scoreWithBand(null, 27, null)).toMatch(/^Not scored/);
  });
});

describe('chartLabel', () => {
  const day = (iso: string) =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));

  it('says what the chart shows, the latest score, and where the table is', () => {
    expect(
      chartLabel({
        shortTitle: 'PHQ-9',
        max: 27,
        baseline: { total: 18 },
        points: [
          { at: '2026-02-01T12:00:00Z', total: 12, band: moderate },
          { at: '2026-01-01T12:00:00Z', total: 18, band: null },
        ],
      }),
    ).toBe(
      `PHQ-9 scores over time: 2 responses, from ${day('2026-01-01T12:00:00Z')} to ${day('2026-02-01T12:00:00Z')}. Latest 12 of 27, Moderate. Baseline 18. The table below has the same numbers.`,
    );
  });

  it('speaks of one response, and of none', () => {
    expect(
      chartLabel({
        shortTitle: 'GAD-7',
        max: 21,
        points: [{ at: '2026-01-01T12:00:00Z', total: 3 }],
      }),
    ).toMatch(/^GAD-7 scores over time: 1 response, on .*\. Latest 3 of 21\. The table/);
    expect(chartLabel({ shortTitle: 'GAD-7', max: 21, points: [] })).toBe('GAD-7: no scores yet.');
  });
});

describe('small words', () => {
  it('describes item movement without judging it', () => {
    expect(movementText(2)).toBe('Up 2');
    expect(movementText(-1)).toBe('Down 1');
    expect(movementText(0)).toBe('No change');
  });

  it('names ISO weekdays', () => {
    expect(weekdayName(1)).toBe('Monday');
    expect(weekdayName(7)).toBe('Sunday');
  });
});
