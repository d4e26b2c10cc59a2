import { describe, expect, it } from 'vitest';
import { readFormLayout, saveFormLayout } from './layout-preference.ts';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe('form layout preference', () => {
  it('starts with one question per screen and remembers the choice', () => {
    const storage = memoryStorage();
    expect(readFormLayout(storage)).toBe('one-per-screen');
    saveFormLayout('all-at-once', storage);
    expect(readFormLayout(storage)).toBe('all-at-once');
    saveFormLayout('one-per-screen', storage);
    expect(readFormLayout(storage)).toBe('one-per-screen');
  });

  it('works without storage, and when the browser refuses it', () => {
    expect(readFormLayout(null)).toBe('one-per-screen');
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readFormLayout(refusing)).toBe('one-per-screen');
    expect(() => saveFormLayout('all-at-once', refusing)).not.toThrow();
  });
});
