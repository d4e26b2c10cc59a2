import { describe, expect, it } from 'vitest';
import { moodInsights, type CheckInFacts } from './mood-insights.ts';

/** The documented minimum (docs/insights.md): five days with a factor and five without. */
const minimumDaysEachSide = 5;

const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 9, 1 + n, hour));

/** Known answer: mood is 7 on "Exercise" days and 4 on the others, with a little noise. */
function exerciseStory(daysWith: number, daysWithout: number): CheckInFacts[] {
  const noise = [0.5, -0.5, 0, 0.5, -0.5, 0];
  const checkIns: CheckInFacts[] = [];
  for (let i = 0; i < daysWith + daysWithout; i += 1) {
    const exercise = i < daysWith;
    checkIns.push({
      occurredAt: day(i),
      mood: (exercise ? 7 : 4) + noise[i % noise.length]!,
      sleepHours: null,
      tags: exercise
        ? [{ kind: 'activity', label: 'Exercise' }]
        : [{ kind: 'place', label: 'Home' }],
    });
  }
  return checkIns;
}

describe('mood insights', () => {
  it('finds a known difference, with an interval around it', () => {
    const { insights } = moodInsights(exerciseStory(8, 8), 'UTC');
    const exercise = insights.find((i) => i.id === 'tag:activity:exercise');
    expect(exercise?.direction).toBe('higher');
    expect(exercise?.estimate.value).toBeGreaterThan(2.5);
    expect(exercise?.estimate.value).toBeLessThan(3.5);
    expect(exercise?.estimate.low).toBeGreaterThan(2);
    expect(exercise?.estimate.high).toBeLessThan(4);
    expect(exercise?.explanation).toMatch(
      /^On days with “Exercise”, your mood was \d\.\d points higher on average/,
    );
    // The mirror tag is lower, and listed as clear too.
    expect(insights.find((i) => i.id === 'tag:place:home')?.direction).toBe('lower');
  });

  it('says nothing until there are enough days on both sides', () => {
    const few = moodInsights(exerciseStory(minimumDaysEachSide - 1, 10), 'UTC');
    expect(few.insights.find((i) => i.id === 'tag:activity:exercise')).toBeUndefined();
    const enough = moodInsights(exerciseStory(minimumDaysEachSide, 10), 'UTC');
    expect(enough.insights.find((i) => i.id === 'tag:activity:exercise')).toBeDefined();
  });

  it('counts a day once however many check-ins it has', () => {
    const story = exerciseStory(6, 6);
    const doubled = [
      ...story,
      ...story.map((c) => ({ ...c, occurredAt: new Date(c.occurredAt.getTime() + 3_600_000) })),
    ];
    const once = moodInsights(story, 'UTC').insights.find((i) => i.id === 'tag:activity:exercise');
    const twice = moodInsights(doubled, 'UTC').insights.find(
      (i) => i.id === 'tag:activity:exercise',
    );
    expect(twice?.daysWith).toBe(6);
    expect(twice?.estimate).toEqual(once?.estimate);
  });

  it('calls a difference that could be nothing "about the same", never a cause', () => {
    const checkIns: CheckInFacts[] = [3, 7, 5, 4, 6, 6, 4, 5, 7, 3].map((mood, i) => ({
      occurredAt: day(i),
      mood,
      sleepHours: null,
      tags: i % 2 === 0 ? [{ kind: 'people', label: 'Family' }] : [],
    }));
    const family = moodInsights(checkIns, 'UTC').insights.find((i) => i.id === 'tag:people:family');
    expect(family?.direction).toBe('unclear');
    expect(family?.explanation).toContain('about the same');
    for (const insight of moodInsights(exerciseStory(8, 8), 'UTC').insights) {
      expect(insight.explanation).not.toMatch(/\b(because|causes?|makes you|leads to)\b/i);
    }
  });

  it('relates mood to hours of sleep once ten days have them', () => {
    // Mood = sleep − 2 exactly, plus alternating noise: slope near 1.
    const checkIns: CheckInFacts[] = Array.from({ length: 12 }, (_, i) => {
      const sleep = 5 + (i % 5);
      return {
        occurredAt: day(i),
        mood: sleep - 2 + (i % 2 === 0 ? 0.3 : -0.3),
        sleepHours: sleep,
        tags: [],
      };
    });
    const sleep = moodInsights(checkIns, 'UTC').insights.find((i) => i.id === 'sleep');
    expect(sleep?.direction).toBe('higher');
    expect(sleep?.estimate.value).toBeCloseTo(1, 0);
    expect(
      moodInsights(checkIns.slice(0, 9), 'UTC').insights.find((i) => i.id === 'sleep'),
    ).toBeUndefined();
  });

  it("groups by the client's own calendar day", () => {
    // 23:30 UTC on the 1st is already the 2nd in Tokyo: two check-ins, one local day.
    const checkIns: CheckInFacts[] = [
      { occurredAt: new Date(Date.UTC(2026, 9, 1, 23, 30)), mood: 2, sleepHours: null, tags: [] },
      { occurredAt: new Date(Date.UTC(2026, 9, 2, 3, 0)), mood: 4, sleepHours: null, tags: [] },
    ];
    expect(moodInsights(checkIns, 'Asia/Tokyo').daysWithCheckIns).toBe(1);
    expect(moodInsights(checkIns, 'UTC').daysWithCheckIns).toBe(2);
  });

  it('relates mood to days a skill was practised, as it does to tags', () => {
    // Mood 6 on the days paced breathing was practised, 3 on the others (known answer: +3).
    const checkIns: CheckInFacts[] = Array.from({ length: 12 }, (_, i) => ({
      occurredAt: day(i),
      mood: i % 2 === 0 ? 6 : 3,
      sleepHours: null,
      tags: [],
    }));
    const practices = checkIns
      .filter((_, i) => i % 2 === 0)
      .map((c) => ({
        practicedAt: new Date(c.occurredAt.getTime() + 3_600_000),
        skillKey: 'paced-breathing',
        skillName: 'Paced breathing',
      }));
    // A practice on a day without a check-in has no mood to compare: it is left out.
    practices.push({
      practicedAt: day(40),
      skillKey: 'paced-breathing',
      skillName: 'Paced breathing',
    });
    const breathing = moodInsights(checkIns, 'UTC', practices).insights.find(
      (i) => i.id === 'skill:paced-breathing',
    );
    expect(breathing).toMatchObject({
      factor: { kind: 'skill', skillKey: 'paced-breathing', label: 'Paced breathing' },
      direction: 'higher',
      daysWith: 6,
      daysWithout: 6,
      estimate: { value: 3 },
    });
    expect(breathing?.explanation).toMatch(
      /^On days you practised “Paced breathing”, your mood was 3\.0 points higher/,
    );
  });
});
