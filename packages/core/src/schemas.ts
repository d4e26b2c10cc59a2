import { z } from 'zod';
import { staffRoles } from './roles.ts';

/** Field schemas shared by the server's edge and the web app's forms. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An e-mail address has at most 254 characters.')
  .pipe(z.email('Enter an e-mail address like name@example.org.'));

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'Use at most 200 characters.');

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(120, 'Use at most 120 characters.');

export const uuidSchema = z.uuid('Must be a UUID.');

export const staffRoleSchema = z.enum(staffRoles);

/** One-time tokens are 43-character base64url strings (32 random bytes). */
export const tokenSchema = z
  .string()
  .min(20, 'This link is not complete.')
  .max(200, 'This link is not valid.');

export const consentTextSchema = z
  .string()
  .trim()
  .min(50, 'The consent text needs at least 50 characters.')
  .max(20_000, 'Use at most 20,000 characters.');
