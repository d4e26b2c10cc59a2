import { describe, expect, it } from 'vitest';
import { supervisorNames } from './supervisor-names.ts';

const staff = [
  { id: 's1', displayName: 'Sam Supervisor' },
  { id: 's2', displayName: 'Alex Lead' },
];

describe('supervisorNames', () => {
  it('lists the supervisors by name, sorted', () => {
    expect(supervisorNames({ supervisorIds: ['s1', 's2'] }, staff)).toBe(
      'Alex Lead, Sam Supervisor',
    );
  });

  it('says "None" when there are none or only unknown ids', () => {
    expect(supervisorNames({}, staff)).toBe('None');
    expect(supervisorNames({ supervisorIds: ['gone'] }, staff)).toBe('None');
  });
});
