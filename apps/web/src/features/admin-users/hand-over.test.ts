import { describe, expect, it } from 'vitest';
import {
  clientListName,
  clientsOfTherapist,
  noSuccessorLabel,
  someoneMustTakeOver,
} from './hand-over.ts';

const morgan = { id: 'm', displayName: 'Morgan' };
const parker = { id: 'p', displayName: 'Parker' };
const casey = { displayName: 'Casey', status: 'invited' as const, therapists: [morgan] };
const drew = { displayName: 'Drew', status: 'active' as const, therapists: [morgan, parker] };
const eli = { displayName: 'Eli', status: 'archived' as const, therapists: [parker] };

describe('hand-over', () => {
  it('finds the leaving therapist’s clients', () => {
    expect(clientsOfTherapist([casey, drew, eli], 'm')).toEqual([casey, drew]);
  });

  it('needs a successor when a client has no other therapist', () => {
    expect(someoneMustTakeOver([casey, drew], 'm')).toBe(true);
    expect(someoneMustTakeOver([drew], 'm')).toBe(false);
    expect(noSuccessorLabel(true)).toBe('Choose a therapist');
    expect(noSuccessorLabel(false)).toMatch(/keeps their other therapists/);
  });

  it('marks clients who are not active', () => {
    expect(clientListName(drew)).toBe('Drew');
    expect(clientListName(casey)).toBe('Casey (Invited)');
    expect(clientListName(eli)).toBe('Eli (Archived)');
  });
});
