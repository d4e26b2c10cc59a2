import { describe, expect, it } from 'vitest';
import { operatorResetTexts, resetRequestedText } from './forgot-password-wording.ts';

describe('forgot-password wording', () => {
  it('without a mail server, claims no email and says whom to ask', () => {
    const text = operatorResetTexts.join(' ');
    expect(text).toMatch(/cannot send email/);
    expect(text).toMatch(/contact your practice/);
    expect(text).not.toMatch(/on its way|was sent|we sent|check your (inbox|spam)/i);
  });

  it('with a mail server, says the same whether or not the address has an account', () => {
    expect(resetRequestedText).toMatch(/^If this email address belongs to an account/);
    // Reset links are never kept for an admin to pass on.
    expect(resetRequestedText).not.toMatch(/admin/);
  });
});
