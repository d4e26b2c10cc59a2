import { describe, expect, it } from 'vitest';
import { breathAt } from './breathing-pace.ts';

describe('paced breathing', () => {
  it('breathes in for 4 seconds, out for 6, then starts again', () => {
    expect(breathAt(0)).toMatchObject({ second: 1, breaths: 0, phase: { name: 'in' } });
    expect(breathAt(3)).toMatchObject({ second: 4, phase: { name: 'in' } });
    expect(breathAt(4)).toMatchObject({ second: 1, phase: { name: 'out' } });
    expect(breathAt(9)).toMatchObject({ second: 6, phase: { name: 'out' } });
    expect(breathAt(10)).toMatchObject({ second: 1, breaths: 1, phase: { name: 'in' } });
  });
});
