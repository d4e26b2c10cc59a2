import { describe, expect, it } from 'vitest';
import { splitFirstNumber } from './contact-link.ts';

describe('splitFirstNumber', () => {
  it('links only the first number and keeps the notes around it', () => {
    expect(splitFirstNumber('988 (legacy 1-800-273-8255 still connects)')).toEqual({
      before: '',
      number: '988',
      after: ' (legacy 1-800-273-8255 still connects)',
      dialable: '988',
    });
    expect(splitFirstNumber('988, then press 1')).toMatchObject({
      number: '988',
      after: ', then press 1',
    });
  });

  it('keeps spaced and dashed numbers whole', () => {
    expect(splitFirstNumber('116 123')).toMatchObject({ number: '116 123', dialable: '116123' });
    expect(splitFirstNumber('1-800-273-8255')).toMatchObject({ dialable: '18002738255' });
  });

  it('keeps a leading plus and drops a bracketed trunk zero', () => {
    expect(splitFirstNumber('+44 (0)800 111 0111')?.dialable).toBe('+448001110111');
  });

  it('finds the number after a keyword in a text instruction', () => {
    expect(splitFirstNumber('Text SHOUT to 85258')).toMatchObject({
      before: 'Text SHOUT to ',
      number: '85258',
      dialable: '85258',
    });
  });

  it('answers null when there is no number', () => {
    expect(splitFirstNumber('Use the chat on the website')).toBeNull();
  });
});
