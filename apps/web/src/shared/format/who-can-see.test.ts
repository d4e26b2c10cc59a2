import { describe, expect, it } from 'vitest';
import { whoCanSee } from './who-can-see.ts';

describe('who can see an entry', () => {
  it('is said the same way on every page', () => {
    expect(whoCanSee('private')).toBe('Only you');
    expect(whoCanSee('shared')).toBe('You and your therapist');
  });
});
