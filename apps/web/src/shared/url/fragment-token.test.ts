import { describe, expect, it } from 'vitest';
import { readFragmentToken } from './fragment-token.ts';

describe('readFragmentToken', () => {
  it('reads the token from a fragment with or without the leading #', () => {
    expect(readFragmentToken('#token=q2Jx-_9aZ')).toBe('q2Jx-_9aZ');
    expect(readFragmentToken('token=q2Jx-_9aZ')).toBe('q2Jx-_9aZ');
  });

  it('finds the token among other fragment parameters', () => {
    expect(readFragmentToken('#lang=en&token=abc&x=1')).toBe('abc');
  });

  it('decodes percent-encoding a mail program may have added', () => {
    expect(readFragmentToken('#token=ab%2Dcd')).toBe('ab-cd');
  });

  it('answers null when the token is missing or empty', () => {
    expect(readFragmentToken('')).toBeNull();
    expect(readFragmentToken('#')).toBeNull();
    expect(readFragmentToken('#token=')).toBeNull();
    expect(readFragmentToken('#token=%20%20')).toBeNull();
    expect(readFragmentToken('#main')).toBeNull();
  });
});
