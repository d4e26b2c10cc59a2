import { describe, expect, it } from 'vitest';
import { emptyDraft, moodWords, parseSleep, toRequest, withTag } from './check-in-form.ts';

const now = new Date('2026-12-04T10:00:00Z');
const id = () => '0b1f3c8e-8f0e-4a59-9a4c-1d2e3f4a5b6c';

describe('the check-in form', () => {
  it('asks for a mood first', () => {
    expect(toRequest(emptyDraft(false), now, id)).toEqual({
      problem: { field: 'mood', message: 'Choose a number for your mood.' },
    });
  });

  it('becomes a private check-in made now, leaving out what was not filled in', () => {
    const result = toRequest({ ...emptyDraft(false), mood: 6, note: '   ' }, now, id);
    expect(result).toEqual({
      body: {
        id: id(),
        occurredAt: now.toISOString(),
        mood: 6,
        emotions: [],
        sleepHours: null,
        tags: [],
        note: null,
        visibility: 'private',
      },
    });
  });

  it('carries emotions, sleep, tags, a note, an earlier time and sharing', () => {
    const result = toRequest(
      {
        mood: 3,
        emotions: { anxious: 7 },
        sleepHours: '6,5',
        tags: [{ kind: 'people', label: 'Family' }],
        note: 'Hard day',
        when: '2026-12-03T21:15',
        share: true,
      },
      now,
      id,
    );
    expect(result).toMatchObject({
      body: {
        mood: 3,
        emotions: [{ key: 'anxious', intensity: 7 }],
        sleepHours: 6.5,
        tags: [{ kind: 'people', label: 'Family' }],
        note: 'Hard day',
        occurredAt: new Date('2026-12-03T21:15').toISOString(),
        visibility: 'shared',
      },
    });
  });

  it('refuses a time in the future and sleep that is not in half hours', () => {
    expect(
      toRequest({ ...emptyDraft(false), mood: 5, when: '2026-12-05T10:00' }, now, id),
    ).toMatchObject({
      problem: { field: 'when' },
    });
    expect(parseSleep('7.25')).toBe('invalid');
    expect(parseSleep('25')).toBe('invalid');
    expect(parseSleep('')).toBeNull();
    expect(parseSleep(' 8 ')).toBe(8);
  });

  it('adds a tag once, whatever its case', () => {
    const once = withTag([], { kind: 'activity', label: ' Choir ' });
    expect(once).toEqual([{ kind: 'activity', label: 'Choir' }]);
    expect(withTag(once, { kind: 'activity', label: 'choir' })).toEqual(once);
    expect(withTag(once, { kind: 'activity', label: '  ' })).toEqual(once);
  });

  it('puts words to the mood scale', () => {
    expect([0, 3, 5, 7, 10].map(moodWords)).toEqual([
      'very low',
      'low',
      'middling',
      'good',
      'very good',
    ]);
  });
});
