import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkNewPassword,
  checkPasswordConfirmation,
  collectErrors,
  hasErrors,
  passwordMinLength,
} from './validation.ts';

describe('field checks', () => {
  it('accepts ordinary e-mail addresses, with spaces around them', () => {
    expect(checkEmail('ana@example.org')).toBeUndefined();
    expect(checkEmail('  ana.b+tandem@mail.example.org ')).toBeUndefined();
  });

  it('rejects empty or malformed addresses', () => {
    expect(checkEmail('')).toMatch(/Enter an email/);
    expect(checkEmail('ana')).toMatch(/like name@example.org/);
    expect(checkEmail('ana@example')).toMatch(/like name@example.org/);
    expect(checkEmail('a na@example.org')).toMatch(/like name@example.org/);
  });

  it('checks a new password at the length boundaries', () => {
    expect(checkNewPassword('x'.repeat(passwordMinLength - 1))).toMatch(/at least 10/);
    expect(checkNewPassword('x'.repeat(passwordMinLength))).toBeUndefined();
    expect(checkNewPassword('x'.repeat(200))).toBeUndefined();
    expect(checkNewPassword('x'.repeat(201))).toMatch(/at most 200/);
  });

  it('asks for the confirmation and checks that it matches', () => {
    expect(checkPasswordConfirmation('correct horse', '')).toMatch(/again/);
    expect(checkPasswordConfirmation('correct horse', 'correct hose')).toMatch(/not the same/);
    expect(checkPasswordConfirmation('correct horse', 'correct horse')).toBeUndefined();
  });
});

describe('collectErrors', () => {
  it('keeps only the fields with a message, in order', () => {
    const errors = collectErrors([
      ['email', 'Enter an email address.'],
      ['password', undefined],
      ['name', 'Enter a name.'],
    ] as const);
    expect(Object.keys(errors)).toEqual(['email', 'name']);
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(collectErrors([['email', undefined]] as const))).toBe(false);
  });
});
