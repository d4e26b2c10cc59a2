import { describe, expect, it } from 'vitest';
import { defaultNotOnTrackRule, getInstrument } from '@tandem/instruments';
import { describeNotOnTrackRule } from './describe-not-on-track-rule.ts';

const phq9 = getInstrument('phq-9')!;
const rule = defaultNotOnTrackRule('phq-9')!;

describe('the not-on-track rule in words', () => {
  it('says the PHQ-9 default in the order it is applied', () => {
    expect(describeNotOnTrackRule(phq9, rule)).toEqual([
      'Red at any time: the score rises 6 points or more above the first score.',
      'Weeks count from the date of the first score. The other checks apply only when the first PHQ-9 score is 10 or more; a latest score below 10 counts as on track.',
      'They wait for 2 follow-up scores after the first.',
      'Still high: 17 or more from week 4, 13 or more from week 9, 9 or more from week 14 (amber before week 8, red from it).',
      'From the first review, on track once the score is at least 50 % below the first.',
      'Red from week 8: less than 50 % below the first score and still 10 or more.',
      'Amber from week 4: improved by less than 5 points.',
    ]);
  });

  it('says which parts a practice switched off', () => {
    const off = {
      ...rule,
      reliableDeterioration: { ...rule.reliableDeterioration, enabled: false },
      earlyNonResponse: { ...rule.earlyNonResponse, enabled: false },
      inadequateResponse: { ...rule.inadequateResponse, enabled: false },
      cutPoints: { ...rule.cutPoints, enabled: false },
      minimumFollowUps: 1,
    };
    const lines = describeNotOnTrackRule(phq9, off);
    expect(lines).toContain(
      'A rise above the first score is not flagged on its own (reliable deterioration is off).',
    );
    expect(lines).toContain('They wait for 1 follow-up score after the first.');
    expect(lines).toContain('Early non-response (an early review) is off.');
    expect(lines).toContain('Inadequate response (a late review) is off.');
    expect(lines.some((line) => line.startsWith('Still high'))).toBe(false);
  });
});
