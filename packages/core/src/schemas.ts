import { z } from 'zod';
import { staffRoles } from './roles.ts';
import { textProblem, textProblemMessage, type TextRules } from './text.ts';

/** Field schemas shared by the server's edge and the web app's forms. */

/** A string that may be stored under these rules (see text.ts), with a plain message when not. */
function safeText(rules: TextRules) {
  return z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, rules);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: textProblemMessage(problem) });
  });
}

/** One line of text: no line breaks, tabs or other control characters. */
export const singleLineText = () => safeText({ multiline: false, noBidiControls: false });
/** Several lines: newlines and tabs allowed, other control characters not. */
export const multiLineText = () => safeText({ multiline: true, noBidiControls: false });
/** A name people see in lists: one line, and no text-direction controls either. */
export const nameText = () => safeText({ multiline: false, noBidiControls: true });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An e-mail address has at most 254 characters.')
  .pipe(z.email('Enter an e-mail address like name@example.org.'));

export const PASSWORD_MIN_LENGTH = 10;
/**
 * Length only: whether a password is too common is checked on the server
 * (the list is too large for a phone's download).
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'Use at most 200 characters.')
  .pipe(safeText({ multiline: false, noBidiControls: false }));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(120, 'Use at most 120 characters.')
  .pipe(nameText());

/**
 * Ids are UUIDs, compared and stored in lower case: PostgreSQL's uuid type
 * answers lower case, so an id written in upper case must become the same
 * value before it is used, stored or audited.
 */
export const uuidSchema = z.uuid('Must be a UUID.').transform((id) => id.toLowerCase());

export const staffRoleSchema = z.enum(staffRoles);

/** One-time tokens are 43-character base64url strings (32 random bytes). */
export const tokenSchema = z
  .string()
  .min(20, 'This link is not complete.')
  .max(200, 'This link is not valid.')
  .regex(/^[\w-]+$/, 'This link is not valid.');

export const consentTextSchema = z
  .string()
  .trim()
  .min(50, 'The consent text needs at least 50 characters.')
  .max(20_000, 'Use at most 20,000 characters.')
  .pipe(multiLineText());

export const practiceNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the practice a name.')
  .max(120, 'Use at most 120 characters.')
  .pipe(nameText());
