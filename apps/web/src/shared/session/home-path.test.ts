import { describe, expect, it } from 'vitest';
import { homePathFor } from './home-path.ts';

describe('homePathFor', () => {
  it('sends each role to its own area', () => {
    expect(homePathFor({ role: 'client', consentRequired: false })).toBe('/client');
    expect(homePathFor({ role: 'therapist', consentRequired: false })).toBe('/therapist');
    expect(homePathFor({ role: 'supervisor', consentRequired: false })).toBe('/supervisor');
    expect(homePathFor({ role: 'admin', consentRequired: false })).toBe('/admin');
  });

  it('sends a client who must accept the consent text to /consent first', () => {
    expect(homePathFor({ role: 'client', consentRequired: true })).toBe('/consent');
  });

  it('ignores the consent flag for staff', () => {
    expect(homePathFor({ role: 'therapist', consentRequired: true })).toBe('/therapist');
  });
});
