import { describe, expect, it } from 'vitest';
import { consentBlocks } from './consent-blocks.ts';

describe('consentBlocks', () => {
  it('splits paragraphs at empty lines and keeps a paragraph without a title as text', () => {
    expect(consentBlocks('Welcome to Tandem.\n\nBy accepting, you confirm.')).toEqual([
      { title: null, parts: [{ kind: 'text', text: 'Welcome to Tandem.' }] },
      { title: null, parts: [{ kind: 'text', text: 'By accepting, you confirm.' }] },
    ]);
  });

  it('takes a short first line without closing punctuation as the title', () => {
    expect(consentBlocks('What Tandem is not\nTandem is not a crisis service.')).toEqual([
      {
        title: 'What Tandem is not',
        parts: [{ kind: 'text', text: 'Tandem is not a crisis service.' }],
      },
    ]);
  });

  it('does not make a title of a sentence, a long line, or a paragraph of one line', () => {
    expect(consentBlocks('Please read this.\nIt matters.')[0]?.title).toBeNull();
    expect(consentBlocks(`${'x'.repeat(61)}\nmore`)[0]?.title).toBeNull();
    expect(consentBlocks('Who sees what')[0]).toEqual({
      title: null,
      parts: [{ kind: 'text', text: 'Who sees what' }],
    });
  });

  it('turns lines starting with "- " into one list, keeping the text around it', () => {
    expect(
      consentBlocks(
        'Who sees what\n- You see everything.\n- Your therapist.\nEvery read is recorded.',
      ),
    ).toEqual([
      {
        title: 'Who sees what',
        parts: [
          { kind: 'list', items: ['You see everything.', 'Your therapist.'] },
          { kind: 'text', text: 'Every read is recorded.' },
        ],
      },
    ]);
  });

  it('reads Windows line endings and ignores blank paragraphs', () => {
    expect(consentBlocks('A title\r\nBody.\r\n\r\n  \r\n\r\nEnd.')).toHaveLength(2);
  });
});
