import { describe, expect, it } from 'vitest';
import { openUntilText, questionCount } from './open-until.ts';

describe('openUntilText', () => {
  it('names the last day, not the midnight after it', () => {
    const lastDay = new Date(2026, 2, 5, 12);
    const closes = new Date(2026, 2, 6, 0, 0, 0).toISOString();
    const expected = new Intl.DateTimeFormat(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(lastDay);
    expect(openUntilText(closes)).toBe(`Open until ${expected}`);
  });

  it('says nothing for an unreadable time', () => {
    expect(openUntilText('soon')).toBe('');
  });
});

describe('questionCount', () => {
  it('counts questions', () => {
    expect(questionCount(1)).toBe('1 question');
    expect(questionCount(9)).toBe('9 questions');
  });
});
