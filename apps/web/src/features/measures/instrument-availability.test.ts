import { describe, expect, it } from 'vitest';
import { assignableInstruments, notAssignableText } from './instrument-availability.ts';
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
});
