import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { isEmptyContent } from './empty-content.ts';

describe('isEmptyContent', () => {
  it('is true for nothing, and for lists of nothing', () => {
    expect(isEmptyContent(null)).toBe(true);
    expect(isEmptyContent(undefined)).toBe(true);
    expect(isEmptyContent(false)).toBe(true);
    expect(isEmptyContent('')).toBe(true);
    expect(isEmptyContent([null, false, '', undefined])).toBe(true);
  });

  it('is false as soon as there is text or an element', () => {
    expect(isEmptyContent('Saved.')).toBe(false);
    expect(isEmptyContent([null, 'Saved.'])).toBe(false);
    expect(isEmptyContent(0)).toBe(false);
    expect(isEmptyContent(createElement('strong', null, 'Saved'))).toBe(false);
  });
});
