import { describe, expect, it } from 'vitest';
import { consentTextSchema, displayNameSchema, passwordSchema, uuidSchema } from './schemas.ts';
import { findUnstorableText, textProblem } from './text.ts';

const line = { multiline: false, noBidiControls: false };
const lines = { multiline: true, noBidiControls: false };
const name = { multiline: false, noBidiControls: true };

describe('textProblem', () => {
  it('refuses NUL and lone surrogates everywhere', () => {
    for (const rules of [line, lines, name]) {
      expect(textProblem('a\u0000b', rules)).toBe('nul');
      expect(textProblem('a\uD800b', rules)).toBe('lone-surrogate');
      expect(textProblem('a\uDC00', rules)).toBe('lone-surrogate');
    }
  });

  it('allows a surrogate pair (an emoji, a rare CJK character)', () => {
    expect(textProblem('Kim 😀 𠀋', name)).toBeNull();
  });

  it('allows newlines and tabs only in multi-line text', () => {
    expect(textProblem('one\ntwo\tthree', lines)).toBeNull();
    expect(textProblem('one\ntwo', line)).toBe('line-break');
    expect(textProblem('one\ttwo', line)).toBe('line-break');
    expect(textProblem('one\u2028two', line)).toBe('line-break');
  });

  it('refuses other C0 and C1 controls and DEL, also in multi-line text', () => {
    for (const control of [
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\r',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u009F',
    ]) {
      expect(textProblem(`a${control}b`, lines), JSON.stringify(control)).toBe('control-character');
      expect(textProblem(`a${control}b`, name), JSON.stringify(control)).toBe('control-character');
    }
  });

  it('refuses bidirectional controls in names only', () => {
    for (const bidi of ['\u202A', '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(textProblem(`Ann${bidi}enoj`, name), JSON.stringify(bidi)).toBe('bidi-control');
      expect(textProblem(`Ann${bidi}enoj`, lines)).toBeNull();
    }
    // Right-to-left scripts need no controls: the browser lays them out itself.
    expect(textProblem('מרים כהן', name)).toBeNull();
    expect(textProblem('فاطمة', name)).toBeNull();
  });
});

describe('field schemas', () => {
  it('name the problem in a field error', () => {
    const result = displayNameSchema.safeParse('Ann\u202Eenoj');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/text-direction/);
    expect(displayNameSchema.safeParse('Kim\u0000').success).toBe(false);
    expect(displayNameSchema.safeParse('Kim\nLee').success).toBe(false);
    expect(displayNameSchema.parse('  Kim Lee  ')).toBe('Kim Lee');
  });

  it('keep paragraphs in consent text but no control characters', () => {
    const paragraph = 'A consent text that is long enough for the rules of this field.';
    expect(consentTextSchema.safeParse(`${paragraph}\n\n${paragraph}`).success).toBe(true);
    expect(consentTextSchema.safeParse(`${paragraph}\u0000`).success).toBe(false);
    expect(consentTextSchema.safeParse(`${paragraph}\u0007`).success).toBe(false);
  });

  it('refuse control characters in a new password', () => {
    expect(passwordSchema.safeParse('a long password\u0000').success).toBe(false);
    expect(passwordSchema.safeParse('a long password').success).toBe(true);
  });

  it('store UUIDs in lower case', () => {
    expect(uuidSchema.parse('0E8A1F64-6E2B-4D6C-9C61-3B7C0C8F1A2D')).toBe(
      '0e8a1f64-6e2b-4d6c-9c61-3b7c0c8f1a2d',
    );
  });
});

describe('findUnstorableText', () => {
  it('names the path of the first string PostgreSQL could not store', () => {
    expect(findUnstorableText({ a: 'ok', b: [{ c: 'x\u0000' }] })).toEqual({ path: 'b.0.c' });
    expect(findUnstorableText({ 'k\u0000': 1 })).toEqual({ path: 'k\u0000' });
    expect(findUnstorableText({ a: ['\uD83D'] })).toEqual({ path: 'a.0' });
    expect(findUnstorableText({ a: 'fine\nlines', b: 2, c: null })).toBeNull();
  });
});
