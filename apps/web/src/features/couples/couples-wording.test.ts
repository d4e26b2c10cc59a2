import { describe, expect, it } from 'vitest';
import { jointWorkInWords, namesInWords, sizeProblem, workTitle } from './couples-wording.ts';

describe('couples and families wording', () => {
  it('joins names the way a sentence does', () => {
    expect(namesInWords([])).toBe('');
    expect(namesInWords(['Alex'])).toBe('Alex');
    expect(namesInWords(['Alex', 'Jordan'])).toBe('Alex and Jordan');
    expect(namesInWords(['Alex', 'Jordan', 'Sam'])).toBe('Alex, Jordan and Sam');
  });

  it('says what a couple and a family may hold before the server refuses', () => {
    expect(sizeProblem('couple', 2)).toBeNull();
    expect(sizeProblem('couple', 3)).toContain('two');
    expect(sizeProblem('family', 1)).toContain('2 to 8');
    expect(sizeProblem('family', 8)).toBeNull();
    expect(sizeProblem('family', 9)).toContain('2 to 8');
  });

  it('names every joint-work state, a concern first in its words', () => {
    expect(jointWorkInWords('talk-privately-first').title).toMatch(/privately/);
    expect(jointWorkInWords('ready').title).toMatch(/Ready/);
    expect(workTitle('family')).toBe('Your family work');
  });
});
