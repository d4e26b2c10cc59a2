import { describe, expect, it } from 'vitest';
import { careTeamApiPaths, checkCareTeam } from './care-team-checks.ts';

describe('checkCareTeam', () => {
  it('asks for one to ten therapists', () => {
    expect(checkCareTeam([])).toBe('Choose at least one therapist.');
    expect(checkCareTeam(['a'])).toBeUndefined();
    const ten = Array.from({ length: 10 }, (_, i) => `t${i}`);
    expect(checkCareTeam(ten)).toBeUndefined();
    expect(checkCareTeam([...ten, 'one more'])).toBe('Choose at most 10 therapists.');
  });
});

describe('careTeamApiPaths', () => {
  it('sends an error about any therapist in the list to the group', () => {
    expect(careTeamApiPaths['therapistIds.0']).toBe('therapists');
    expect(careTeamApiPaths['therapistIds.9']).toBe('therapists');
    expect(careTeamApiPaths.therapistIds).toBe('therapists');
    expect(careTeamApiPaths['therapistIds.10']).toBeUndefined();
  });
});
