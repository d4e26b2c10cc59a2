import { describe, expect, it } from 'vitest';
import { emptyPracticeFields, readPracticeFields } from './practice-form.ts';

const ids = { id: 'p', hierarchyId: 'h', stepId: 's', practicedAt: '2026-03-01T10:00:00Z' };

describe('the practice form', () => {
  it('names each field with a problem', () => {
    const result = readPracticeFields(
      {
        ...emptyPracticeFields(),
        sudsBefore: '50',
        sudsPeak: '120',
        readings: [{ minute: '99', suds: '4' }],
        minutes: '10',
      },
      ids,
    );
    expect(result).toEqual({
      problems: {
        'practice-peak': 'Enter a number from 0 to 100.',
        'practice-after': 'Enter a number from 0 to 100.',
        'practice-reading-0-minute':
          'This minute is after the practice ended. Check how long it lasted.',
      },
    });
  });

  it('builds the request, leaving empty words out', () => {
    const result = readPracticeFields(
      {
        ...emptyPracticeFields(),
        sudsBefore: '50',
        sudsPeak: '80',
        sudsAfter: '20',
        minutes: '15',
        readings: [{ minute: '5', suds: '70' }],
        predicted: 'I would faint.',
        outcomeCameTrue: '0',
      },
      ids,
    );
    expect(result).toEqual({
      body: {
        ...ids,
        sudsBefore: 50,
        sudsPeak: 80,
        sudsAfter: 20,
        readings: [{ minute: 5, suds: 70 }],
        minutes: 15,
        safetyBehaviours: null,
        predicted: 'I would faint.',
        happened: null,
        outcomeCameTrue: 0,
        visibility: 'private',
      },
    });
  });
});
