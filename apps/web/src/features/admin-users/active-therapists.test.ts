import { describe, expect, it } from 'vitest';
import { activeTherapists } from './active-therapists.ts';

const staff = [
  { id: '1', displayName: 'Taylor', role: 'therapist', status: 'active' },
  { id: '2', displayName: 'Ari', role: 'therapist', status: 'active' },
  { id: '3', displayName: 'Invited', role: 'therapist', status: 'invited' },
  { id: '4', displayName: 'Gone', role: 'therapist', status: 'deactivated' },
  { id: '5', displayName: 'Sam', role: 'supervisor', status: 'active' },
] as const;

describe('activeTherapists', () => {
  it('lists active therapists only, by name', () => {
    expect(activeTherapists(staff).map((t) => t.displayName)).toEqual(['Ari', 'Taylor']);
  });

  it('leaves out the therapist who is leaving', () => {
    expect(activeTherapists(staff, '2').map((t) => t.displayName)).toEqual(['Taylor']);
  });
});
