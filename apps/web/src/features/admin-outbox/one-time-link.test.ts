import { describe, expect, it } from 'vitest';
import { findOneTimeLink } from './one-time-link.ts';

describe('findOneTimeLink', () => {
  it('finds the link with its fragment token in a mail body', () => {
    const body =
      'Hello,\n\nopen this link (it works once):\n\nhttp://localhost:3000/accept-invitation#token=mS_Wg-Lclg\n\nBye.';
    expect(findOneTimeLink(body)).toBe('http://localhost:3000/accept-invitation#token=mS_Wg-Lclg');
  });

  it('stops at the end of the token', () => {
    expect(findOneTimeLink('(https://t.example/reset-password#token=abc).')).toBe(
      'https://t.example/reset-password#token=abc',
    );
  });

  it('answers null when the body has no one-time link (sent mail shows without it)', () => {
    expect(findOneTimeLink('Visit https://t.example/sign-in to sign in.')).toBeNull();
    expect(findOneTimeLink('')).toBeNull();
  });
});
