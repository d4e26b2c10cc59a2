import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('refuses passwords from the common-password list, also with digits or symbols added', () => {
    for (const password of [
      'password123',
      'qwertyuiop',
      '1q2w3e4r5t',
      'Basketball',
      'sunshine2024!',
      '!!monkey123',
    ]) {
      expect(passwordProblem(password, {}), password).toMatch(/most common/);
    }
  });

  it('refuses few distinct characters and repeated pieces', () => {
    expect(passwordProblem('aaaaaaaaaaaa', {})).toMatch(/too few/);
    expect(passwordProblem('abababababab', {})).toMatch(/too few/);
    expect(passwordProblem('xyzxyzxyzxyz', {})).toMatch(/repeats/);
    expect(passwordProblem('dragondragon', {})).toMatch(/repeats/);
  });

  it('refuses a password made of the person’s address or name', () => {
    expect(passwordProblem('jordan.lee@clinic.org', { email: 'jordan.lee@clinic.org' })).toMatch(
      /name or e-mail/,
    );
    expect(passwordProblem('jordanlee2024', { names: ['Jordan Lee'] })).toMatch(/name or e-mail/);
    expect(
      passwordProblem('therapist0.mx8vog307@example.test', {
        email: 'therapist0.mx8vog307@example.test',
      }),
    ).toMatch(/name or e-mail/);
    expect(passwordProblem('tandem-tandem-1', {})).not.toBeNull();
  });

  it('accepts a long passphrase, and one that only contains a common word among others', () => {
    expect(passwordProblem('correct horse battery staple', {})).toBeNull();
    expect(passwordProblem('my dragon eats green tea', { names: ['Jordan Lee'] })).toBeNull();
    expect(
      passwordProblem('Jordan likes long walks at dawn', { names: ['Jordan Lee'] }),
    ).toBeNull();
    expect(passwordProblem('тихий вечер у моря', { names: ['Jordan Lee'] })).toBeNull();
  });
});
