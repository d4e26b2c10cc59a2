import { describe, expect, it } from 'vitest';
import {
  assignableInstruments,
  measureChoices,
  notAssignableText,
} from './instrument-availability.ts';
import type { Instrument } from './measure-types.ts';

const instrument = (id: string, assignable: boolean): Instrument =>
  ({
    id,
    shortTitle: id.toUpperCase(),
    assignable,
    notAssignableReason: assignable ? null : 'licence',
  }) as Instrument;

describe('instrument availability', () => {
  it('lists the assignable measures by short title', () => {
    expect(
      assignableInstruments([
        instrument('phq-9', true),
        instrument('core-10', false),
        instrument('gad-7', true),
      ]).map((i) => i.id),
    ).toEqual(['gad-7', 'phq-9']);
  });

  it('says why a measure cannot be assigned and who can change it', () => {
    expect(notAssignableText({ notAssignableReason: 'licence' })).toMatch(
      /admin .* Instruments page/,
    );
    expect(notAssignableText({ notAssignableReason: 'fallback-contact' })).toMatch(
      /fallback contact/,
    );
    expect(notAssignableText({ notAssignableReason: null })).toBeNull();
  });

  it("offers the practice's own questionnaires after the built-in ones, leaving out retired versions", () => {
    const own = (id: string, title: string, version: string, retiredAt: string | null = null) => ({
      instrumentId: `practice:${id}`,
      title,
      version,
      retiredAt,
    });
    expect(
      measureChoices(
        [instrument('phq-9', true), instrument('core-10', false)],
        [
          own('b', 'Sleep', '2'),
          own('a', 'Sleep', '1', '2026-01-01T00:00:00Z'),
          own('c', 'Anger', '1'),
        ],
      ).map((c) => c.value),
    ).toEqual(['phq-9', 'practice:c', 'practice:b']);
    expect(measureChoices([], [own('b', 'Sleep', '2')])[0]?.label).toBe(
      'Sleep (version 2) – practice questionnaire',
    );
  });
});
