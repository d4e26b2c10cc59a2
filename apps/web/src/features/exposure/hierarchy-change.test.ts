import { describe, expect, it } from 'vitest';
import { applyChange } from './hierarchy-change.ts';

const step = (id: string, retired = false) => ({
  id,
  situation: `situation ${id}`,
  predictedSuds: 40,
  retired,
});
const ids = (content: { steps: { id: string; retired: boolean }[] } | null) =>
  content?.steps.map((s) => (s.retired ? `(${s.id})` : s.id)).join(' ') ?? null;
const live = (steps: ReturnType<typeof step>[]) => ({ steps, retired: false });

describe('applyChange', () => {
  const steps = live([step('a'), step('b'), step('c'), step('x', true)]);

  it('adds a step after the live ones, once', () => {
    expect(ids(applyChange(steps, { kind: 'add', step: step('d') }))).toBe('a b c d (x)');
    expect(applyChange(steps, { kind: 'add', step: step('b') })).toBeNull();
  });

  it('moves a live step among the live ones, and not past either end', () => {
    expect(ids(applyChange(steps, { kind: 'move', stepId: 'b', by: -1 }))).toBe('b a c (x)');
    expect(ids(applyChange(steps, { kind: 'move', stepId: 'b', by: 1 }))).toBe('a c b (x)');
    expect(applyChange(steps, { kind: 'move', stepId: 'a', by: -1 })).toBeNull();
    expect(applyChange(steps, { kind: 'move', stepId: 'c', by: 1 })).toBeNull();
    expect(applyChange(steps, { kind: 'move', stepId: 'x', by: -1 })).toBeNull();
  });

  it('sets a step aside and brings it back, only when that changes something', () => {
    expect(ids(applyChange(steps, { kind: 'set-aside', stepId: 'a', retired: true }))).toBe(
      'b c (x) (a)',
    );
    expect(ids(applyChange(steps, { kind: 'set-aside', stepId: 'x', retired: false }))).toBe(
      'a b c x',
    );
    expect(applyChange(steps, { kind: 'set-aside', stepId: 'x', retired: true })).toBeNull();
    expect(applyChange(steps, { kind: 'set-aside', stepId: 'gone', retired: true })).toBeNull();
  });

  it('makes the same edit again on a version someone else changed (the merge after a 412)', () => {
    // The therapist added "t" while the client moved "c" up on the version without it.
    const theirs = live([step('a'), step('b'), step('c'), step('t'), step('x', true)]);
    expect(ids(applyChange(theirs, { kind: 'move', stepId: 'c', by: -1 }))).toBe('a c b t (x)');
    // …or set "c" aside meanwhile: moving it no longer applies.
    const setAside = live([step('a'), step('b'), step('x', true), step('c', true)]);
    expect(applyChange(setAside, { kind: 'move', stepId: 'c', by: -1 })).toBeNull();
  });

  it('sets the whole hierarchy aside and brings it back, keeping its steps', () => {
    const aside = applyChange(steps, { kind: 'set-hierarchy-aside', retired: true });
    expect(aside?.retired).toBe(true);
    expect(ids(aside)).toBe('a b c (x)');
    expect(
      applyChange({ ...steps, retired: true }, { kind: 'set-hierarchy-aside', retired: true }),
    ).toBeNull();
    expect(
      applyChange({ ...steps, retired: true }, { kind: 'set-hierarchy-aside', retired: false })
        ?.retired,
    ).toBe(false);
  });
});
