import { describe, expect, it } from 'vitest';
import { activityMood, predictionAverages, type MoodFacts } from './activity-mood.ts';

/** The documented minimum (docs/insights.md): five days with and five without. */
const minimumDaysEachSide = 5;

const date = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 9)).toISOString().slice(0, 10);
const at = (n: number, hour = 9) => new Date(Date.UTC(2026, 9, 1 + n, hour));

/** Known answer: mood is 7 on days with an activity done and 4 on the others, with a little noise. */
function story(daysWith: number, daysWithout: number) {
  const noise = [0.5, -0.5, 0, 0.5, -0.5, 0];
  const checkIns: MoodFacts[] = [];
  const doneOn: string[] = [];
  for (let i = 0; i < daysWith + daysWithout; i += 1) {
    const active = i < daysWith;
    checkIns.push({ occurredAt: at(i), mood: (active ? 7 : 4) + noise[i % noise.length]! });
    if (active) doneOn.push(date(i));
  }
  return { checkIns, doneOn };
}

describe('mood on days with activities', () => {
  it('finds a known difference, with an interval around it, in plain words', () => {
    const { checkIns, doneOn } = story(8, 8);
    const view = activityMood(checkIns, doneOn, 'UTC');
    expect(view).toMatchObject({ daysWithActivity: 8, daysWithout: 8, direction: 'higher' });
    expect(view.estimate?.value).toBeGreaterThan(2.5);
    expect(view.estimate?.value).toBeLessThan(3.5);
    expect(view.estimate?.low).toBeGreaterThan(2);
    expect(view.explanation).toMatch(
      /^On days you did something you had planned, your mood was \d\.\d points higher on average/,
    );
    expect(view.explanation).not.toMatch(/because|makes you|leads to/);
  });

  it('says nothing until there are enough days on both sides (the insights’ minimum)', () => {
    const few = story(minimumDaysEachSide - 1, 10);
    expect(activityMood(few.checkIns, few.doneOn, 'UTC')).toMatchObject({
      daysWithActivity: minimumDaysEachSide - 1,
      minimumDaysEachSide,
      estimate: null,
      explanation: null,
    });
    const enough = story(minimumDaysEachSide, minimumDaysEachSide);
    expect(activityMood(enough.checkIns, enough.doneOn, 'UTC').estimate).not.toBeNull();
  });

  it('counts a day once however many check-ins or activities it has', () => {
    const { checkIns, doneOn } = story(6, 6);
    const doubled = [
      ...checkIns,
      ...checkIns.map((c) => ({ ...c, occurredAt: new Date(c.occurredAt.getTime() + 3_600_000) })),
    ];
    const view = activityMood(doubled, [...doneOn, ...doneOn], 'UTC');
    expect(view.daysWithActivity).toBe(6);
    expect(view.daysWithout).toBe(6);
  });

  it('groups check-ins by the client’s local day', () => {
    // 02:00 UTC on 2 October is still 1 October in New York.
    const view = activityMood(
      [{ occurredAt: new Date(Date.UTC(2026, 9, 2, 2)), mood: 5 }],
      ['2026-10-01'],
      'America/New_York',
    );
    expect(view.daysWithActivity).toBe(1);
    expect(view.daysWithout).toBe(0);
  });

  it('a day with an activity and no check-in has no mood and is left out', () => {
    const view = activityMood([{ occurredAt: at(0), mood: 5 }], [date(3)], 'UTC');
    expect(view).toMatchObject({ daysWithActivity: 0, daysWithout: 1 });
  });
});

describe('predicted and actual, on average', () => {
  it('gives the means to one decimal, and null with nothing done', () => {
    expect(predictionAverages([])).toBeNull();
    expect(
      predictionAverages([
        {
          doneOn: '2026-10-01',
          predictedMastery: 3,
          actualMastery: 6,
          predictedPleasure: 2,
          actualPleasure: 5,
        },
        {
          doneOn: '2026-10-02',
          predictedMastery: 4,
          actualMastery: 6,
          predictedPleasure: 2,
          actualPleasure: 4,
        },
        {
          doneOn: '2026-10-03',
          predictedMastery: 4,
          actualMastery: 7,
          predictedPleasure: 3,
          actualPleasure: 4,
        },
      ]),
    ).toEqual({
      predictedMastery: 3.7,
      actualMastery: 6.3,
      predictedPleasure: 2.3,
      actualPleasure: 4.3,
    });
  });
});
