import { describe, expect, it } from 'vitest';
import { checkResolveNote } from './resolve-note.ts';

describe('checkResolveNote', () => {
  it('asks for a note and keeps it within 2000 characters', () => {
    expect(checkResolveNote('   ')).toMatch(/Write what was done/);
    expect(checkResolveNote('x')).toBeUndefined();
    expect(checkResolveNote('x'.repeat(2000))).toBeUndefined();
    expect(checkResolveNote('x'.repeat(2001))).toMatch(/at most 2000/);
  });
});
