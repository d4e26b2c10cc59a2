/*
 * What the "Forgot your password?" page says. With a mail server the link is
 * e-mailed; without one (passwordReset 'operator') nothing can be e-mailed and
 * a reset link is never kept for an admin either: the person who runs the
 * server makes one. No text here may suggest an e-mail was sent when none was.
 */

/** After a request, whether or not the address has an account (the answer is the same). */
export const resetRequestedText =
  'If this email address belongs to an account, a link to choose a new password is on its way. The link works for a limited time. If nothing arrives within a few minutes, check your spam folder, or ask your practice for help.';

/** Without a mail server: why there is no form, and whom to ask. */
export const operatorResetTexts = [
  'This Tandem cannot send email, so it cannot send you a link to choose a new password.',
  'Please contact your practice. The person who runs Tandem for them can make a new link for you on the server and give it to you directly.',
  'Your password stays as it is until then. If you remember it, you can sign in as usual.',
] as const;
