import { describe, expect, it } from 'vitest';
import type { NotOnTrackRule } from '../measures/not-on-track-rules-api.ts';
import { formValues, numberFields, parseNumber, ruleFrom, valueAt } from './not-on-track-form.ts';

const phq9: NotOnTrackRule = {
  reliableDeterioration: { enabled: true, points: 6 },
  caseness: 10,
  minimumFollowUps: 2,
  earlyNonResponse: { enabled: true, fromWeek: 4, minimumImprovement: 5 },
  inadequateResponse: { enabled: true, fromWeek: 8, minimumReductionPercent: 50 },
  cutPoints: {
    enabled: true,
    points: [
      { fromWeek: 4, atLeast: 17 },
      { fromWeek: 9, atLeast: 13 },
    ],
  },
};

describe('the not-on-track form', () => {
  it('gives back the rule it was filled from', () => {
    expect(ruleFrom(formValues(phq9), 2)).toEqual({ ok: true, rule: phq9 });
  });

  it('names each field that is not a number, by the path the server uses', () => {
    const values = { ...formValues(phq9), caseness: 'ten', 'cutPoints.points[1].atLeast': '' };
    expect(ruleFrom(values, 2)).toEqual({
      ok: false,
      errors: {
        caseness: 'Enter a number, such as 5.',
        'cutPoints.points[1].atLeast': 'Enter a number, such as 5.',
      },
    });
  });

  it('reads plain numbers only, with a comma or a point for decimals', () => {
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('49,5')).toBe(49.5);
    for (const text of ['', '-1', '1e3', '5 points', '0x10']) expect(parseNumber(text)).toBeNull();
  });

  it('has a labelled field for every number, cut points included', () => {
    const paths = numberFields(2).map((f) => f.path);
    expect(paths).toContain('cutPoints.points[1].fromWeek');
    for (const path of paths) expect(valueAt(phq9, path)).toEqual(expect.any(Number));
  });
});
